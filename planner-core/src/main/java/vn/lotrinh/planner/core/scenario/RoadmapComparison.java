package vn.lotrinh.planner.core.scenario;

import java.math.BigDecimal;
import java.util.List;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * Two roadmaps of two plans that share component ids — typically a plan and its scenario, {@code a} and {@code b} —
 * set side by side. Money is in {@code a}'s money unit at constant prices; objective values are by {@code a}'s
 * objective, recomputed from the starts for both.
 *
 * @param objectiveValueA {@code a}'s objective value
 * @param objectiveValueB {@code b}'s roadmap valued by {@code a}'s objective on plan {@code b}
 * @param difference {@code objectiveValueB − objectiveValueA}
 * @param spend per period (by label, {@code a}'s periods first) the budgeted spending of each funding source
 * @param components every component of either plan, in {@code a}'s order then {@code b}'s new ones
 */
public record RoadmapComparison(
        Objective objective,
        BigDecimal objectiveValueA,
        BigDecimal objectiveValueB,
        BigDecimal difference,
        List<PeriodSpend> spend,
        List<ComponentDifference> components) {

    public RoadmapComparison {
        spend = List.copyOf(spend);
        components = List.copyOf(components);
    }

    /** The components of one kind of difference. */
    public List<ComponentDifference> of(Change change) {
        return components.stream().filter(component -> component.change() == change).toList();
    }

    /** How a component's place differs from {@code a} to {@code b}. */
    public enum Change {
        /** Scheduled in both at different starts. */
        MOVED,
        /** Scheduled in {@code a}, deferred in {@code b}. */
        NEWLY_DEFERRED,
        /** Deferred in {@code a}, scheduled in {@code b}. */
        NEWLY_SCHEDULED,
        /** Scheduled in both at the same start. */
        UNCHANGED,
        /** Deferred in both. */
        DEFERRED_IN_BOTH,
        ONLY_IN_A,
        ONLY_IN_B
    }

    /**
     * One component's place in both roadmaps.
     *
     * @param startA its start period label in {@code a}, {@code null} when deferred or not in {@code a}
     * @param shiftPeriods for a moved component, how many periods later it starts in {@code b} (negative: earlier)
     * @param reasonsB why {@code b} defers it, when it does, in both languages
     */
    public record ComponentDifference(String componentId, String name, Change change, String startA, String startB,
            Integer shiftPeriods, List<Text> reasonsB) {

        public ComponentDifference {
            reasonsB = List.copyOf(reasonsB);
        }
    }

    /**
     * The budgeted spending of one period in both roadmaps.
     *
     * @param fundingSources per funding source id (both plans' sources, {@code a}'s first)
     */
    public record PeriodSpend(String period, BigDecimal totalA, BigDecimal totalB, BigDecimal difference,
            List<SourceSpend> fundingSources) {

        public PeriodSpend {
            fundingSources = List.copyOf(fundingSources);
        }
    }

    /** One funding source's budgeted spending in one period in both roadmaps. */
    public record SourceSpend(String fundingSource, BigDecimal spendA, BigDecimal spendB, BigDecimal difference) {
    }
}
