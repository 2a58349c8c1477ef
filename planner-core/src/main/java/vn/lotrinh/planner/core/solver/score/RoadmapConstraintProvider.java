package vn.lotrinh.planner.core.solver.score;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.roadmap.Rule;
import vn.lotrinh.planner.core.solver.domain.BudgetCap;
import vn.lotrinh.planner.core.solver.domain.CapacityCap;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.DependencyLink;
import vn.lotrinh.planner.core.solver.domain.DuplicateProviders;
import vn.lotrinh.planner.core.solver.domain.ExclusionPair;
import vn.lotrinh.planner.core.solver.domain.ReplacementLink;
import vn.lotrinh.planner.core.solver.domain.RoadmapConstraintConfiguration;
import vn.lotrinh.planner.core.solver.domain.Timing;

/**
 * The rules of a roadmap, named by {@link Rule}. Hard: every rule of the plan; medium: every {@code MUST} component
 * scheduled; soft: the solve's objective and the plan's framework preference (switched on and named by
 * {@link RoadmapConstraintConfiguration}). Hard penalties are sized by
 * how much a rule is broken: periods for time rules, plan money units (rounded up) for budgets, resource units
 * (rounded up) for capacities.
 */
public class RoadmapConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            dependencyOrder(factory),
            periodBudget(factory),
            phaseBudget(factory),
            resourceCapacity(factory),
            exclusion(factory),
            noDuplicateCapability(factory),
            replacementOrder(factory),
            timeWindow(factory),
            horizon(factory),
            pinnedStart(factory),
            mustComponentScheduled(factory),
            valueOverTime(factory),
            value(factory),
            makespan(factory),
            earlyFinish(factory),
            stability(factory),
            frameworkPreferenceOverTime(factory),
            frameworkPreference(factory)
        };
    }

    // A scheduled successor starts only after its predecessor has finished plus the lag; a deferred predecessor
    // counts as finishing at the horizon.
    Constraint dependencyOrder(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ComponentAssignment.class)
                .join(DependencyLink.class, Joiners.equal(ComponentAssignment::getIndex, DependencyLink::predecessor))
                .join(ComponentAssignment.class,
                        Joiners.equal((predecessor, link) -> link.successor(), ComponentAssignment::getIndex))
                .filter((predecessor, link, successor) -> dependencyShortfall(predecessor, link, successor) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, RoadmapConstraintProvider::dependencyShortfall)
                .justifyWith((predecessor, link, successor, score) -> new DependencyBreach(successor.getId(),
                        successor.getStart(), predecessor.getId(),
                        predecessor.isScheduled() ? predecessor.getEnd() : null, link.lagPeriods()))
                .asConstraint(Rule.DEPENDENCY_ORDER.title());
    }

    private static long dependencyShortfall(ComponentAssignment predecessor, DependencyLink link,
            ComponentAssignment successor) {
        int predecessorEnd = predecessor.isScheduled() ? predecessor.getEnd()
                : predecessor.getFacts().timing().horizon();
        return DependencyBreach.shortfall(successor.getStart(), predecessorEnd, link.lagPeriods());
    }

    // A funding source spends no more in a period than its budget for that period.
    Constraint periodBudget(ConstraintFactory factory) {
        return budget(factory, false, Rule.PERIOD_BUDGET);
    }

    // A funding source spends no more over a phase's periods than its budget for that phase.
    Constraint phaseBudget(ConstraintFactory factory) {
        return budget(factory, true, Rule.PHASE_BUDGET);
    }

    private static Constraint budget(ConstraintFactory factory, boolean phaseBudgets, Rule rule) {
        return factory.forEach(BudgetCap.class)
                .filter(cap -> cap.phaseBudget() == phaseBudgets)
                .join(ComponentAssignment.class,
                        Joiners.greaterThanOrEqual(BudgetCap::lastPeriod, ComponentAssignment::getStart),
                        Joiners.filtering((cap, component) -> component.lastSpendingPeriod() >= cap.firstPeriod()
                                && component.spending().isFundedBy(cap.fundingSource())))
                .groupBy((cap, component) -> cap,
                        sumLong((cap, component) ->
                                component.spendMilli(cap.fundingSource(), cap.firstPeriod(), cap.lastPeriod())))
                .filter((cap, spendMilli) -> spendMilli > cap.capMilli())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (cap, spendMilli) -> ceilUnits(spendMilli - cap.capMilli()))
                .justifyWith((cap, spendMilli, score) -> new BudgetOverrun(cap, spendMilli))
                .asConstraint(rule.title());
    }

    // Components under implementation in a period demand no more of a resource than its capacity there.
    Constraint resourceCapacity(ConstraintFactory factory) {
        return factory.forEach(CapacityCap.class)
                .join(ComponentAssignment.class,
                        Joiners.greaterThanOrEqual(CapacityCap::period, ComponentAssignment::getStart),
                        Joiners.filtering((cap, component) -> component.getEnd() > cap.period()
                                && demandMilli(cap, component) > 0))
                .groupBy((cap, component) -> cap, sumLong(RoadmapConstraintProvider::demandMilli))
                .filter((cap, demandMilli) -> demandMilli > cap.capMilli())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (cap, demandMilli) -> ceilUnits(demandMilli - cap.capMilli()))
                .justifyWith((cap, demandMilli, score) -> new CapacityOverload(cap, demandMilli))
                .asConstraint(Rule.RESOURCE_CAPACITY.title());
    }

    private static long demandMilli(CapacityCap cap, ComponentAssignment component) {
        return component.spending().demandMilli(cap.resource());
    }

    // Two alternatives are never both scheduled.
    Constraint exclusion(ConstraintFactory factory) {
        return factory.forEach(ExclusionPair.class)
                .join(ComponentAssignment.class, Joiners.equal(ExclusionPair::first, ComponentAssignment::getIndex))
                .join(ComponentAssignment.class,
                        Joiners.equal((pair, first) -> pair.second(), ComponentAssignment::getIndex))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((pair, first, second, score) -> new ExclusionBreach(first.getId(), second.getId()))
                .asConstraint(Rule.EXCLUSION.title());
    }

    // Two components that deliver the same capability, neither replacing the other, are never both scheduled.
    Constraint noDuplicateCapability(ConstraintFactory factory) {
        return factory.forEach(DuplicateProviders.class)
                .join(ComponentAssignment.class,
                        Joiners.equal(DuplicateProviders::first, ComponentAssignment::getIndex))
                .join(ComponentAssignment.class,
                        Joiners.equal((pair, first) -> pair.second(), ComponentAssignment::getIndex))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((pair, first, second, score) ->
                        new DuplicateCapabilityBreach(first.getId(), second.getId(), pair.codes()))
                .asConstraint(Rule.NO_DUPLICATE_CAPABILITY.title());
    }

    // A scheduled component starts only after every scheduled component it replaces is live.
    Constraint replacementOrder(ConstraintFactory factory) {
        return factory.forEach(ReplacementLink.class)
                .join(ComponentAssignment.class, Joiners.equal(ReplacementLink::older, ComponentAssignment::getIndex))
                .join(ComponentAssignment.class,
                        Joiners.equal((link, older) -> link.newer(), ComponentAssignment::getIndex))
                .filter((link, older, newer) -> ReplacementBreach.shortfall(newer.getStart(), older.getEnd()) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (link, older, newer) -> ReplacementBreach.shortfall(newer.getStart(), older.getEnd()))
                .justifyWith((link, older, newer, score) ->
                        new ReplacementBreach(newer.getId(), newer.getStart(), older.getId(), older.getEnd()))
                .asConstraint(Rule.REPLACEMENT_ORDER.title());
    }

    // A scheduled component starts no earlier than its earliest start and finishes no later than its latest finish.
    Constraint timeWindow(ConstraintFactory factory) {
        return factory.forEach(ComponentAssignment.class)
                .filter(component -> periodsOutsideWindow(component) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, RoadmapConstraintProvider::periodsOutsideWindow)
                .justifyWith((component, score) -> new WindowBreach(component.getId(), component.getStart(),
                        component.getEnd(), component.getFacts().timing().windowEarliestStart(),
                        component.getFacts().timing().windowLatestFinish()))
                .asConstraint(Rule.TIME_WINDOW.title());
    }

    private static int periodsOutsideWindow(ComponentAssignment component) {
        Timing timing = component.getFacts().timing();
        return WindowBreach.periodsOutside(component.getStart(), component.getEnd(), timing.windowEarliestStart(),
                timing.windowLatestFinish());
    }

    // A scheduled component starts inside the horizon and finishes by its last period.
    Constraint horizon(ConstraintFactory factory) {
        return factory.forEach(ComponentAssignment.class)
                .filter(component -> periodsOutsideHorizon(component) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, RoadmapConstraintProvider::periodsOutsideHorizon)
                .justifyWith((component, score) ->
                        new HorizonBreach(component.getId(), component.getEnd(), horizonOf(component)))
                .asConstraint(Rule.HORIZON.title());
    }

    private static int periodsOutsideHorizon(ComponentAssignment component) {
        return Math.max(0, -component.getStart()) + Math.max(0, component.getEnd() - horizonOf(component));
    }

    private static int horizonOf(ComponentAssignment component) {
        return component.getFacts().timing().horizon();
    }

    // A pinned component starts exactly at its pin.
    Constraint pinnedStart(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ComponentAssignment.class)
                .filter(component -> component.isPinned() && !pinOf(component).equals(component.getStart()))
                .penalize(HardMediumSoftLongScore.ONE_HARD, RoadmapConstraintProvider::periodsOffPin)
                .justifyWith((component, score) ->
                        new PinBreach(component.getId(), pinOf(component), component.getStart()))
                .asConstraint(Rule.PINNED_START.title());
    }

    private static int periodsOffPin(ComponentAssignment component) {
        int actual = component.isScheduled() ? component.getStart() : horizonOf(component);
        return Math.max(1, Math.abs(actual - pinOf(component)));
    }

    private static Integer pinOf(ComponentAssignment component) {
        return component.getFacts().timing().pinnedStart();
    }

    // Every MUST component is scheduled.
    Constraint mustComponentScheduled(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ComponentAssignment.class)
                .filter(component -> component.getFacts().must() && !component.isScheduled())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .justifyWith((component, score) -> new MustDeferred(component.getId()))
                .asConstraint(Rule.MUST_COMPONENT_SCHEDULED.title());
    }

    // Objective VALUE_OVER_TIME: value × (H − s − d + 1), the benefit from go-live to the horizon.
    Constraint valueOverTime(ConstraintFactory factory) {
        return factory.forEach(ComponentAssignment.class)
                .rewardConfigurableLong(component -> component.getFacts().scaledValue()
                        * Math.max(0, horizonOf(component) - component.getEnd() + 1))
                .asConstraint(RoadmapConstraintConfiguration.VALUE_OVER_TIME);
    }

    // Objective MAX_VALUE: the value of every scheduled component.
    Constraint value(ConstraintFactory factory) {
        return factory.forEach(ComponentAssignment.class)
                .rewardConfigurableLong(component -> component.getFacts().scaledValue())
                .asConstraint(RoadmapConstraintConfiguration.VALUE);
    }

    // Objective MIN_MAKESPAN: the period after the last scheduled component finishes, as early as possible.
    Constraint makespan(ConstraintFactory factory) {
        return factory.forEach(ComponentAssignment.class)
                .groupBy(max(ComponentAssignment::getEnd))
                .penalizeConfigurableLong(end -> end)
                .asConstraint(RoadmapConstraintConfiguration.MAKESPAN);
    }

    // Objective MIN_MAKESPAN, tie-breaker: every scheduled component is worth more the earlier it finishes, so that
    // optional work that fits inside the makespan is kept and everything is pulled early.
    Constraint earlyFinish(ConstraintFactory factory) {
        return factory.forEach(ComponentAssignment.class)
                .rewardConfigurableLong(component -> Math.max(1, horizonOf(component) - component.getEnd() + 1))
                .asConstraint(RoadmapConstraintConfiguration.EARLY_FINISH);
    }

    // Re-plan: every period a component moves from its baseline start costs, and deferring it costs the whole horizon.
    Constraint stability(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ComponentAssignment.class)
                .filter(component -> component.getFacts().baselineStart() != null
                        && !component.getFacts().baselineStart().equals(component.getStart()))
                .penalizeConfigurableLong(component -> component.isScheduled()
                        ? Math.abs(component.getStart() - component.getFacts().baselineStart())
                        : horizonOf(component))
                .asConstraint(RoadmapConstraintConfiguration.STABILITY);
    }

    // Objective VALUE_OVER_TIME: a component that delivers a capability the framework requires gains the plan's
    // frameworkPreference as value, from go-live to the horizon.
    Constraint frameworkPreferenceOverTime(ConstraintFactory factory) {
        return factory.forEach(ComponentAssignment.class)
                .filter(component -> component.getFacts().scaledFrameworkBonus() > 0)
                .rewardConfigurableLong(component -> component.getFacts().scaledFrameworkBonus()
                        * Math.max(0, horizonOf(component) - component.getEnd() + 1))
                .asConstraint(RoadmapConstraintConfiguration.FRAMEWORK_PREFERENCE_OVER_TIME);
    }

    // Objective MAX_VALUE: a scheduled component that delivers a capability the framework requires gains the plan's
    // frameworkPreference as value.
    Constraint frameworkPreference(ConstraintFactory factory) {
        return factory.forEach(ComponentAssignment.class)
                .filter(component -> component.getFacts().scaledFrameworkBonus() > 0)
                .rewardConfigurableLong(component -> component.getFacts().scaledFrameworkBonus())
                .asConstraint(RoadmapConstraintConfiguration.FRAMEWORK_PREFERENCE);
    }

    private static long ceilUnits(long milli) {
        return Math.max(1, -Math.floorDiv(-milli, Money.MILLI_PER_UNIT));
    }
}
