package vn.lotrinh.planner.core.solver.explain;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lotrinh.planner.core.plan.Budget;
import vn.lotrinh.planner.core.plan.Capacity;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Money;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.roadmap.CheckReport;
import vn.lotrinh.planner.core.roadmap.RoadmapChecker;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Timing;
import vn.lotrinh.planner.core.solver.explain.Fix.AlsoScheduled;
import vn.lotrinh.planner.core.solver.explain.Fix.BudgetIncrease;
import vn.lotrinh.planner.core.solver.explain.Fix.CapacityIncrease;
import vn.lotrinh.planner.core.solver.search.CapCell;
import vn.lotrinh.planner.core.solver.search.CapExcess;
import vn.lotrinh.planner.core.solver.search.PartialSchedule;

/**
 * Searches the cheapest fix of each deferred component of a roadmap (see {@link Fix}), every other assignment kept:
 * <ul>
 *   <li>with money: the component (after the deferred predecessors it needs, and without a scheduled optional
 *       alternative) at the start whose cap increases are least — fewest capacity units first, then least money —
 *       the increases being exactly what each exceeded cap then lacks;</li>
 *   <li>without money, under a value objective: at each of a sample of its starts, the optional components that draw
 *       on an exceeded cap deferred one by one, least value lost first, until it fits; kept when they bring less value
 *       than it would.</li>
 * </ul>
 * A fix that needs nothing is {@link Fix.Kind#FITS}; the fix without money is preferred when it gains value, else
 * the one with money. Every fix is verified by the {@link RoadmapChecker} on the plan changed by the fix before it is
 * returned.
 */
final class FixFinder {

    private final Plan plan;
    private final RoadmapSolution roadmap;
    private final ReasonMaker reasons;
    private final RoadmapChecker checker = new RoadmapChecker();
    private final Map<CapCell, Long> excessBefore = new HashMap<>();
    private final CheckReport roadmapReport;

    /** @param roadmap the solution as the roadmap has it; it is only read */
    FixFinder(Plan plan, RoadmapSolution roadmap, ReasonMaker reasons) {
        this.plan = plan;
        this.roadmap = roadmap;
        this.reasons = reasons;
        PartialSchedule asItIs = PartialSchedule.ofWorkingSolution(roadmap);
        asItIs.excesses().forEach(excess -> excessBefore.put(excess.cell(), excess.excessMilli()));
        this.roadmapReport = checker.check(plan, asItIs.startsById(), asItIs.fundingById(), roadmap.getObjective());
    }

    /** The cheapest verified fix of the deferred component. */
    Fix find(ComponentAssignment deferred) {
        Timing timing = deferred.getFacts().timing();
        if (!timing.hasAnyStart()) {
            return none(deferred, reasons.noStart(roadmap, deferred.getFacts()));
        }
        for (int alternative : deferred.getFacts().alternatives()) {
            ComponentAssignment other = roadmap.assignment(alternative);
            if (other.isScheduled() && !isOptional(other)) {
                return none(deferred, reasons.besideScheduled(roadmap, deferred.getFacts(), other.getFacts()));
            }
        }
        Candidate withMoney = withMoney(deferred);
        if (withMoney.fix().kind() == Fix.Kind.FITS || withMoney.fix().kind() == Fix.Kind.NONE) {
            return withMoney.fix();
        }
        Candidate withoutMoney = roadmap.getObjective() == Objective.MIN_MAKESPAN ? null : withoutMoney(deferred);
        if (withoutMoney != null && withoutMoney.fix().valueLost().compareTo(withoutMoney.fix().valueGained()) < 0
                && verified(withoutMoney)) {
            return withoutMoney.fix();
        }
        return verified(withMoney) ? withMoney.fix()
                : none(deferred, reasons.noStart(roadmap, deferred.getFacts()));
    }

    /** A fix and the schedule it leads to. */
    private record Candidate(Fix fix, PartialSchedule schedule) {
    }

    private Candidate withMoney(ComponentAssignment deferred) {
        PartialSchedule schedule = PartialSchedule.ofWorkingSolution(roadmap);
        List<String> defer = deferAlternatives(schedule, deferred);
        List<ComponentAssignment> chain = schedule.withDeferredPredecessors(deferred);
        List<AlsoScheduled> alsoSchedule = new ArrayList<>();
        for (ComponentAssignment member : chain) {
            Integer earliest = schedule.earliestAllowedStart(member);
            int last = member.getFacts().timing().lastStart();
            if (earliest == null || earliest > last) {
                return new Candidate(none(deferred, reasons.noStart(roadmap, deferred.getFacts())), schedule);
            }
            int start = cheapestFundedStart(schedule, member, earliest, last);
            schedule.place(member, start);
            if (member != deferred) {
                alsoSchedule.add(new AlsoScheduled(member.getId(), label(start)));
            }
        }
        List<BudgetIncrease> budgets = new ArrayList<>();
        List<CapacityIncrease> capacities = new ArrayList<>();
        for (CapExcess excess : increases(schedule)) {
            addIncrease(excess, budgets, capacities);
        }
        Fix.Kind kind = !alsoSchedule.isEmpty() ? Fix.Kind.PREDECESSOR
                : !budgets.isEmpty() ? Fix.Kind.BUDGET
                : !capacities.isEmpty() ? Fix.Kind.CAPACITY
                : !defer.isEmpty() ? Fix.Kind.DEFER
                : schedule.fundingOptionOf(deferred) != deferred.getFundingOption() ? Fix.Kind.FUNDING
                : Fix.Kind.FITS;
        return new Candidate(fix(kind, deferred, schedule, budgets, capacities, defer, alsoSchedule), schedule);
    }

    /**
     * The start in {@code first … last} whose cap increases are least, fewest capacity units, then least money; for a
     * member whose funding the solver chooses, over every funding option, the option then left chosen.
     */
    private static int cheapestFundedStart(PartialSchedule schedule, ComponentAssignment member, int first,
            int last) {
        int options = member.getFacts().spendings().size();
        int bestStart = first;
        int bestOption = schedule.fundingOptionOf(member);
        long[] least = null;
        for (int option = 0; option < options; option++) {
            if (options > 1) {
                schedule.chooseFunding(member, option);
            }
            for (int start = first; start <= last; start++) {
                long[] cost = new long[2];
                for (CapExcess excess : schedule.excessesIfAdded(member, start)) {
                    cost[excess.cell().kind() == CapCell.Kind.CAPACITY ? 0 : 1] += excess.excessMilli();
                }
                if (least == null || cost[0] < least[0] || (cost[0] == least[0] && cost[1] < least[1])) {
                    bestStart = start;
                    bestOption = option;
                    least = cost;
                }
            }
        }
        if (options > 1) {
            schedule.chooseFunding(member, bestOption);
        }
        return bestStart;
    }

    private Candidate withoutMoney(ComponentAssignment deferred) {
        Candidate best = null;
        PartialSchedule probe = PartialSchedule.ofWorkingSolution(roadmap);
        deferAlternatives(probe, deferred);
        if (probe.withDeferredPredecessors(deferred).size() > 1 || probe.earliestAllowedStart(deferred) == null) {
            return null;
        }
        int first = probe.earliestAllowedStart(deferred);
        for (int start : StartTrials.sample(first, deferred.getFacts().timing().lastStart())) {
            PartialSchedule schedule = PartialSchedule.ofWorkingSolution(roadmap);
            List<String> defer = deferAlternatives(schedule, deferred);
            schedule.place(deferred, start);
            while (!increases(schedule).isEmpty()) {
                ComponentAssignment cheapest = cheapestInTheWay(schedule, deferred);
                if (cheapest == null) {
                    break;
                }
                defer.addAll(deferredBy(schedule, cheapest));
            }
            if (increases(schedule).isEmpty()) {
                Candidate candidate = new Candidate(fix(Fix.Kind.DEFER, deferred, schedule, List.of(), List.of(),
                        defer, List.of()), schedule);
                if (best == null || net(candidate.fix()).compareTo(net(best.fix())) > 0) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static BigDecimal net(Fix fix) {
        return fix.valueGained().subtract(fix.valueLost());
    }

    /**
     * The optional component, drawing on a cap that is exceeded, whose deferral (with what needs it) loses least; none
     * that the inserted one depends on, directly or not.
     */
    private ComponentAssignment cheapestInTheWay(PartialSchedule schedule, ComponentAssignment inserted) {
        List<CapCell> exceeded = increases(schedule).stream().map(CapExcess::cell).toList();
        Set<Integer> needs = predecessorsOf(inserted);
        return roadmap.getAssignments().stream()
                .filter(a -> a != inserted && !needs.contains(a.getIndex()))
                .filter(a -> schedule.startOf(a) != null && isOptional(a))
                .filter(a -> exceeded.stream().anyMatch(cell -> schedule.draws(a, cell)))
                .min(Comparator.comparing((ComponentAssignment a) -> value(a, schedule.startOf(a)))
                        .thenComparingInt(ComponentAssignment::getIndex))
                .orElse(null);
    }

    /** Every component the given one depends on, directly or not, by index. */
    private Set<Integer> predecessorsOf(ComponentAssignment assignment) {
        Set<Integer> found = new HashSet<>();
        Deque<Integer> toVisit = new ArrayDeque<>();
        assignment.getFacts().predecessors().forEach(link -> toVisit.add(link.component()));
        while (!toVisit.isEmpty()) {
            int next = toVisit.poll();
            if (found.add(next)) {
                roadmap.assignment(next).getFacts().predecessors().forEach(link -> toVisit.add(link.component()));
            }
        }
        return found;
    }

    /** Defers the component with what depends on it; the ids of those it took out, in plan order. */
    private List<String> deferredBy(PartialSchedule schedule, ComponentAssignment assignment) {
        Map<ComponentAssignment, Integer> before = new LinkedHashMap<>();
        roadmap.getAssignments().forEach(a -> before.put(a, schedule.startOf(a)));
        schedule.deferWithSuccessors(assignment);
        List<String> deferred = new ArrayList<>();
        before.forEach((a, start) -> {
            if (start != null && schedule.startOf(a) == null) {
                deferred.add(a.getId());
            }
        });
        return deferred;
    }

    /** Defers the scheduled alternatives of the component (optional ones: others were ruled out before). */
    private List<String> deferAlternatives(PartialSchedule schedule, ComponentAssignment component) {
        List<String> deferred = new ArrayList<>();
        for (int alternative : component.getFacts().alternatives()) {
            ComponentAssignment other = roadmap.assignment(alternative);
            if (schedule.startOf(other) != null) {
                deferred.addAll(deferredBy(schedule, other));
            }
        }
        return deferred;
    }

    /** The caps the schedule exceeds more than the roadmap did, each with all it then lacks. */
    private List<CapExcess> increases(PartialSchedule schedule) {
        return schedule.excesses().stream()
                .filter(excess -> excess.excessMilli() > excessBefore.getOrDefault(excess.cell(), 0L))
                .toList();
    }

    private void addIncrease(CapExcess excess, List<BudgetIncrease> budgets, List<CapacityIncrease> capacities) {
        CapCell cell = excess.cell();
        BigDecimal amount = Money.toUnits(excess.excessMilli());
        switch (cell.kind()) {
            case PERIOD_BUDGET -> budgets.add(new BudgetIncrease(plan.fundingSources().get(cell.row()).id(),
                    label(cell.period()), null, amount));
            case PHASE_BUDGET -> {
                Budget budget = plan.budgets().get(cell.row());
                budgets.add(new BudgetIncrease(budget.fundingSourceId(), null, budget.phaseId(), amount));
            }
            case CAPACITY -> capacities.add(new CapacityIncrease(plan.resources().get(cell.row()).id(),
                    label(cell.period()), amount));
        }
    }

    private Fix fix(Fix.Kind kind, ComponentAssignment deferred, PartialSchedule schedule,
            List<BudgetIncrease> budgets, List<CapacityIncrease> capacities, List<String> defer,
            List<AlsoScheduled> alsoSchedule) {
        int start = schedule.startOf(deferred);
        BigDecimal lost = BigDecimal.ZERO;
        for (String id : defer) {
            ComponentAssignment other = roadmap.assignment(plan.indexOf(id));
            lost = lost.add(value(other, other.getStart()));
        }
        BigDecimal total = budgets.stream().map(BudgetIncrease::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        int option = schedule.fundingOptionOf(deferred);
        Map<String, Double> funding = option == deferred.getFundingOption() ? null
                : plan.components().get(deferred.getIndex()).fundingOptions().get(option);
        return new Fix(kind, deferred.getId(), label(start), budgets, total, capacities, inPlanOrder(defer), lost,
                value(deferred, start), alsoSchedule, null, funding);
    }

    private Fix none(ComponentAssignment deferred, Reason reason) {
        return new Fix(Fix.Kind.NONE, deferred.getId(), null, List.of(), BigDecimal.ZERO, List.of(), List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(), reason, null);
    }

    /**
     * Whether the roadmap with the fix, against the plan with the fix's cap increases, breaks no hard rule, schedules
     * the component and defers no {@code MUST} component the roadmap schedules.
     */
    private boolean verified(Candidate candidate) {
        Fix fix = candidate.fix();
        CheckReport report = checker.check(withIncreases(fix), candidate.schedule().startsById(),
                candidate.schedule().fundingById(), roadmap.getObjective());
        return report.feasible() && candidate.schedule().startOf(roadmap.assignment(plan.indexOf(fix.componentId())))
                != null && roadmapReport.deferredMustComponentIds().containsAll(report.deferredMustComponentIds());
    }

    /** The plan with the fix's budget and capacity increases. */
    Plan withIncreases(Fix fix) {
        List<Budget> budgets = new ArrayList<>();
        for (Budget budget : plan.budgets()) {
            long increase = fix.budgetIncreases().stream()
                    .filter(i -> i.fundingSource().equals(budget.fundingSourceId())
                            && (budget.isPhaseBudget() ? budget.phaseId().equals(i.phase())
                                    : budget.period().equals(i.period())))
                    .mapToLong(i -> Money.toMilli(i.amount())).sum();
            budgets.add(new Budget(budget.fundingSourceId(), budget.period(), budget.phaseId(), budget.firstPeriod(),
                    budget.lastPeriod(), budget.amountMilli() + increase));
        }
        List<Capacity> capacities = new ArrayList<>(plan.capacities());
        for (CapacityIncrease increase : fix.capacityIncreases()) {
            int period = plan.calendar().indexInHorizon(increase.period()).orElseThrow();
            long capacity = plan.capacityMilli(increase.resource(), period).orElseThrow();
            capacities.removeIf(c -> c.resourceId().equals(increase.resource()) && Integer.valueOf(period)
                    .equals(c.period()));
            capacities.add(new Capacity(increase.resource(), period, capacity + Money.toMilli(increase.amount())));
        }
        return plan.withCaps(budgets, capacities);
    }

    /** What the component brings to the objective at {@code start}, in the plan's value units. */
    private BigDecimal value(ComponentAssignment assignment, int start) {
        Component component = plan.components().get(assignment.getIndex());
        BigDecimal value = BigDecimal.valueOf(component.value());
        BigDecimal brought = switch (roadmap.getObjective()) {
            case VALUE_OVER_TIME -> value.multiply(
                    BigDecimal.valueOf(plan.horizon() - start - component.durationPeriods() + 1L));
            case MAX_VALUE -> value;
            case MIN_MAKESPAN -> BigDecimal.ZERO;
        };
        BigDecimal stripped = brought.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private boolean isOptional(ComponentAssignment assignment) {
        return !assignment.isPinned() && !assignment.getFacts().hints().needed();
    }

    private List<String> inPlanOrder(List<String> ids) {
        return ids.stream().distinct().sorted(Comparator.comparingInt(plan::indexOf)).toList();
    }

    private String label(int period) {
        return plan.calendar().label(period);
    }
}
