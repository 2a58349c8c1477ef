package vn.lotrinh.planner.core.plan.read;

import java.util.Set;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * What the plan-level sections declare, as far as they could be read: what budgets, capacities and components refer
 * to. A {@code null} list means the section itself is unreadable, so references into it are not checked (its own
 * error already says what is wrong).
 *
 * @param calendar the horizon, or {@code null} when the calendar is invalid
 */
record Declarations(PlanCalendar calendar, Declared<Phase> phases, Declared<FundingSource> fundingSources,
        Declared<Resource> resources) {

    Set<String> phaseIds() {
        return phases == null ? null : phases.ids();
    }

    Set<String> fundingSourceIds() {
        return fundingSources == null ? null : fundingSources.ids();
    }

    Set<String> resourceIds() {
        return resources == null ? null : resources.ids();
    }

    /** The funding source that pays for a component without {@code funding}: the first one; clean documents only. */
    String defaultFundingSourceId() {
        return fundingSources.items().get(0).id();
    }

    /** The declared phase with this id; clean documents only. */
    Phase phase(String id) {
        return phases.items().stream().filter(phase -> phase.id().equals(id)).findFirst().orElseThrow();
    }
}
