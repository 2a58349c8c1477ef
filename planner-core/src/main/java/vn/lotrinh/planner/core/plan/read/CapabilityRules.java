package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Catalogue;
import vn.lotrinh.planner.core.plan.read.ComponentFacts.ReplacementEntry;

/**
 * The rules for the plan's framework catalogue ({@code framework}, default {@value Catalogues#DEFAULT_ID}) and each
 * component's {@code delivers} and {@code connects}, which name codes of that catalogue, and {@code replaces}, which
 * names other components (resolved with the other references between components, in {@link DependencyRules}).
 */
final class CapabilityRules {

    private static final BigDecimal MAX_PREFERENCE = BigDecimal.valueOf(PlanValidator.MAX_VALUE);

    private final Checks checks;
    private final Catalogue catalogue;
    private final BigDecimal preference;

    private CapabilityRules(Checks checks, Catalogue catalogue, BigDecimal preference) {
        this.checks = checks;
        this.catalogue = catalogue;
        this.preference = preference;
    }

    /** The rules under the catalogue the plan names; an unknown one is reported, and codes are then left unchecked. */
    static CapabilityRules of(Checks checks, Catalogues catalogues, Scope plan) {
        Located at = plan.member("framework");
        String id = checks.text(at, false, Text.format("the id of a framework catalogue ({0})",
                "id của một danh mục khung ({0})", String.join(", ", catalogues.ids())));
        if (Checks.absent(at.value())) {
            id = Catalogues.DEFAULT_ID;
        }
        Catalogue catalogue = id == null ? null : catalogues.find(id).orElse(null);
        if (id != null && catalogue == null) {
            checks.report(at.pointer(), Text.format("framework names the catalogue {0}, which the planner does not"
                    + " have ({1})", "framework nêu danh mục {0}, bộ lập kế hoạch không có danh mục này ({1})",
                    Checks.quote(id), String.join(", ", catalogues.ids())));
        }
        BigDecimal preference = checks.number(plan.member("frameworkPreference"), false, BigDecimal.ZERO,
                MAX_PREFERENCE, Text.of("a value from 0 to 1,000,000", "một giá trị từ 0 đến 1.000.000"));
        return new CapabilityRules(checks, catalogue, preference == null ? BigDecimal.ZERO : preference);
    }

    /** The plan's {@code frameworkPreference}, 0 when it names none. */
    BigDecimal preference() {
        return preference;
    }

    /** The catalogue, or {@code null} when the plan names one the planner does not have. */
    Catalogue catalogue() {
        return catalogue;
    }

    /** The codes of the component's {@code delivers} ({@code member} "delivers") or {@code connects}. */
    List<String> codes(Scope component, String member) {
        Located at = component.member(member);
        JsonNode list = checks.array(at, false, Text.of("a list of codes of the framework catalogue",
                "một danh sách mã của danh mục khung"));
        if (list == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        return checks.eachElement(list, at.pointer(), (entry, pointer) -> {
            Located code = new Located(entry, pointer, component.subject(), Text.format("each {0} entry",
                    "mỗi mục của {0}", member));
            String text = checks.text(code, true, Text.of("a code of the framework catalogue",
                    "một mã của danh mục khung"));
            if (text == null) {
                return null;
            }
            if (!seen.add(text)) {
                checks.report(pointer, Text.format("{0}{1} names {2} twice", "{0}{1} nêu {2} hai lần",
                        component.subject(), member, Checks.quote(text)));
            } else if (catalogue != null && catalogue.entry(text).isEmpty()) {
                checks.report(pointer, Text.format("{0}{1} names {2}, which is not a component of the framework"
                        + " catalogue {3}", "{0}{1} nêu {2}, không phải là một thành phần của danh mục khung {3}",
                        component.subject(), member, Checks.quote(text), catalogue.id()));
            }
            return text;
        });
    }

    /** The entries of the component's {@code replaces}: ids of other components. */
    List<ReplacementEntry> replaces(Scope component) {
        Located at = component.member("replaces");
        JsonNode list = checks.array(at, false, Text.of("a list of component ids", "một danh sách id hạng mục"));
        return list == null ? List.of() : checks.eachElement(list, at.pointer(), (entry, pointer) -> {
            String id = checks.text(new Located(entry, pointer, component.subject(), Text.of("each replaces entry",
                    "mỗi mục của replaces")), true, Text.of("the id of another component", "id của một hạng mục khác"));
            return id == null ? null : new ReplacementEntry(pointer, id);
        });
    }
}
