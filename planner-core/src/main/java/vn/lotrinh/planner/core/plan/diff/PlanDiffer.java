package vn.lotrinh.planner.core.plan.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two {@code roadmap-plan/1} documents (as JSON trees, valid or not: a member of the wrong kind is a changed
 * value like any other). Numbers are equal when their values are ({@code 12000} and {@code 12000.0}).
 */
public final class PlanDiffer {

    /** Members a stored document may carry that are the service's envelope, not the plan. */
    private static final Set<String> ENVELOPE = Set.of("id", "version", "parentId", "parentVersion", "parentExists");
    private static final String COMPONENTS = "components";
    private static final String BUDGETS = "budgets";

    private PlanDiffer() {
    }

    public static PlanDiff diff(JsonNode older, JsonNode newer) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        List<ComponentRef> added = new ArrayList<>();
        List<ComponentRef> removed = new ArrayList<>();
        List<FieldChange> fields = new ArrayList<>();
        compareComponents(older.path(COMPONENTS), newer.path(COMPONENTS), added, removed, fields);
        List<FieldChange> settings = new ArrayList<>();
        for (String member : memberNames(older, newer)) {
            if (!ENVELOPE.contains(member) && !member.equals(COMPONENTS) && !member.equals(BUDGETS)) {
                compareValues("/" + escape(member), null, older.get(member), newer.get(member), settings);
            }
        }
        return new PlanDiff(added, removed, fields, compareCaps(older.path(BUDGETS), newer.path(BUDGETS)), settings);
    }

    private static void compareComponents(JsonNode older, JsonNode newer, List<ComponentRef> added,
            List<ComponentRef> removed, List<FieldChange> fields) {
        Map<String, Indexed> olderById = byId(older);
        Map<String, Indexed> newerById = byId(newer);
        olderById.forEach((id, component) -> {
            if (!newerById.containsKey(id)) {
                removed.add(component.ref(id));
            }
        });
        newerById.forEach((id, component) -> {
            Indexed before = olderById.get(id);
            if (before == null) {
                added.add(component.ref(id));
            } else {
                compareValues(component.pointer(), id, before.node(), component.node(), fields);
            }
        });
    }

    private static List<CapChange> compareCaps(JsonNode older, JsonNode newer) {
        Map<CapKey, BigDecimal> olderCaps = caps(older);
        Map<CapKey, BigDecimal> newerCaps = caps(newer);
        List<CapChange> changes = new ArrayList<>();
        olderCaps.forEach((key, amount) -> {
            BigDecimal after = newerCaps.get(key);
            if (!sameAmount(amount, after) || !newerCaps.containsKey(key)) {
                changes.add(key.change(amount, after));
            }
        });
        newerCaps.forEach((key, amount) -> {
            if (!olderCaps.containsKey(key)) {
                changes.add(key.change(null, amount));
            }
        });
        return changes;
    }

    /** Objects member by member; anything else as one value. */
    private static void compareValues(String pointer, String componentId, JsonNode older, JsonNode newer,
            List<FieldChange> changes) {
        if (older != null && newer != null && older.isObject() && newer.isObject()) {
            for (String member : memberNames(older, newer)) {
                compareValues(pointer + "/" + escape(member), componentId, older.get(member), newer.get(member),
                        changes);
            }
        } else if (!sameValue(older, newer)) {
            changes.add(new FieldChange(pointer, componentId, older, newer));
        }
    }

    private static boolean sameValue(JsonNode older, JsonNode newer) {
        if (older == null || newer == null) {
            return older == newer;
        }
        if (older.isNumber() && newer.isNumber()) {
            return older.decimalValue().compareTo(newer.decimalValue()) == 0;
        }
        if (older.isArray() && newer.isArray()) {
            if (older.size() != newer.size()) {
                return false;
            }
            for (int i = 0; i < older.size(); i++) {
                if (!sameValue(older.get(i), newer.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (older.isObject() && newer.isObject()) {
            List<FieldChange> inside = new ArrayList<>();
            compareValues("", null, older, newer, inside);
            return inside.isEmpty();
        }
        return older.equals(newer);
    }

    private static boolean sameAmount(BigDecimal older, BigDecimal newer) {
        return older == null ? newer == null : newer != null && older.compareTo(newer) == 0;
    }

    /** The older document's members first, then those only the newer one has. */
    private static Set<String> memberNames(JsonNode older, JsonNode newer) {
        Set<String> names = new LinkedHashSet<>();
        addNames(older, names);
        addNames(newer, names);
        return names;
    }

    private static void addNames(JsonNode node, Set<String> names) {
        if (node != null && node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
        }
    }

    private static Map<String, Indexed> byId(JsonNode components) {
        Map<String, Indexed> byId = new LinkedHashMap<>();
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            JsonNode id = component.path("id");
            // A component without a textual id cannot be matched; its index stands in for it.
            String key = id.isTextual() ? id.asText() : "#" + i;
            byId.putIfAbsent(key, new Indexed("/" + COMPONENTS + "/" + i, component));
        }
        return byId;
    }

    private static Map<CapKey, BigDecimal> caps(JsonNode budgets) {
        Map<CapKey, BigDecimal> caps = new LinkedHashMap<>();
        for (JsonNode budget : budgets) {
            JsonNode amount = budget.path("amount");
            caps.putIfAbsent(new CapKey(text(budget, "fundingSource"), text(budget, "period"), text(budget, "phase")),
                    amount.isNumber() ? amount.decimalValue() : null);
        }
        return caps;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    private record Indexed(String pointer, JsonNode node) {

        ComponentRef ref(String id) {
            JsonNode name = node.get("name");
            return new ComponentRef(id, name == null || name.isNull() ? null : name.asText(), pointer);
        }
    }

    private record CapKey(String fundingSource, String period, String phase) {

        CapChange change(BigDecimal oldAmount, BigDecimal newAmount) {
            return new CapChange(fundingSource, period, phase, oldAmount, newAmount);
        }
    }
}
