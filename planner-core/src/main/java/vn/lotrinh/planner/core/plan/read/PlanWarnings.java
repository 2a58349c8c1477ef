package vn.lotrinh.planner.core.plan.read;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.lotrinh.planner.core.plan.CapabilityOverlaps;
import vn.lotrinh.planner.core.plan.CapabilityOverlaps.Duplicate;
import vn.lotrinh.planner.core.plan.CapabilityOverlaps.NationalRebuild;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Plan;

/**
 * The warnings of a valid plan: the components no roadmap can schedule ({@link SchedulingWarnings}), then, against its
 * framework catalogue, a capability delivered twice (neither component replacing the other) and a national system
 * rebuilt, each with the likely capex involved.
 */
public final class PlanWarnings {

    private PlanWarnings() {
    }

    public static List<PlanWarning> of(Plan plan) {
        CapabilityOverlaps overlaps = CapabilityOverlaps.of(plan);
        List<PlanWarning> warnings = new ArrayList<>(SchedulingWarnings.of(plan));
        for (Duplicate duplicate : overlaps.duplicates()) {
            List<Integer> deliverers = duplicate.components();
            String all = deliverers.stream().map(i -> Checks.quote(plan.components().get(i).id()).english())
                    .collect(Collectors.joining(", "));
            for (int i : deliverers.subList(1, deliverers.size())) {
                Component component = plan.components().get(i);
                warnings.add(new PlanWarning(pointer(i, component, duplicate.code()), Text.format("duplication: {0}"
                        + " all deliver {1} and none replaces another; component {2} costs {3} of likely capex",
                        "trùng lặp: {0} đều cung cấp {1} và không hạng mục nào thay thế hạng mục khác; hạng mục {2}"
                        + " có capex dự kiến {3}", all, duplicate.code(), Checks.quote(component.id()),
                        capex(component))));
            }
        }
        for (NationalRebuild rebuild : overlaps.rebuilds()) {
            Component component = plan.components().get(rebuild.component());
            warnings.add(new PlanWarning(pointer(rebuild.component(), component, rebuild.code()), Text.format(
                    "waste: component {0} delivers {1}, which the framework catalogue {2} says a ministry provides"
                    + " for every province: connect to it instead ({3} of likely capex)", "lãng phí: hạng mục {0}"
                    + " cung cấp {1}, mà danh mục khung {2} ghi là do bộ, ngành cung cấp cho mọi tỉnh: hãy kết nối"
                    + " thay vì xây mới (capex dự kiến {3})", Checks.quote(component.id()), rebuild.code(),
                    plan.framework().id(), capex(component))));
        }
        return warnings;
    }

    private static String pointer(int index, Component component, String code) {
        return "/components/" + index + "/delivers/" + component.capabilities().delivers().indexOf(code);
    }

    private static String capex(Component component) {
        return Money.format(component.capex().likelyMilli());
    }
}
