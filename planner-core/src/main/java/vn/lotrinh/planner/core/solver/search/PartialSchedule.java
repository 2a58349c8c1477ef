package vn.lotrinh.planner.core.solver.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Spending;
import vn.lotrinh.planner.core.solver.search.PendingStarts.Deferral;

/**
 * A roadmap being built or edited: the starts as changed so far ({@link PendingStarts}) and the ledger of what the
 * components placed spend, kept in step. It answers where a component can go beside the others — after its
 * predecessors (with lag), inside its range, not beside a scheduled alternative or duplicate, before what replaces it
 * and after what it replaces, within every budget and capacity —
 * and how far a start would exceed the caps. Construction, moves and explanations edit roadmaps through it.
 */
public final class PartialSchedule {

    private final PendingStarts starts;
    private final SpendingLedger ledger;
    /** The makespan of what is placed, or -1 when a deferral may have shortened it and it must be counted again. */
    private int makespan = -1;

    private PartialSchedule(PendingStarts starts) {
        this.starts = starts;
        this.ledger = new SpendingLedger(starts.solution().getProblem());
    }

    /** The working solution as it is: every scheduled component placed at its start. */
    public static PartialSchedule ofWorkingSolution(RoadmapSolution solution) {
        PartialSchedule schedule = new PartialSchedule(PendingStarts.overWorkingSolution(solution));
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (assignment.isScheduled()) {
                schedule.ledger.add(schedule.spending(assignment), assignment.getStart());
            }
        }
        return schedule;
    }

    /**
     * A roadmap from scratch with only the pinned components placed, at their pins, each paid from the first of its
     * funding options that fits there beside those placed before it (its first option when none does). The search
     * never moves a pinned component, so this is where its funding is chosen.
     */
    static PartialSchedule withPinnedOnly(RoadmapSolution solution) {
        PartialSchedule schedule = new PartialSchedule(PendingStarts.fromScratch(solution));
        for (ComponentAssignment assignment : solution.getAssignments()) {
            if (assignment.isPinned()) {
                int pin = assignment.getFacts().timing().pinnedStart();
                schedule.withBestFunding(assignment, pinned -> schedule.fits(pinned, pin) ? pin : null);
                schedule.place(assignment, pin);
            }
        }
        return schedule;
    }

    /**
     * The serial schedule generation scheme: pinned components at their pins, then each component of {@code order}
     * at its earliest fitting start, or deferred when none fits.
     */
    static PartialSchedule serial(RoadmapSolution solution, List<ComponentAssignment> order) {
        PartialSchedule schedule = withPinnedOnly(solution);
        for (ComponentAssignment assignment : order) {
            Integer start = schedule.firstFittingStart(assignment);
            if (start != null) {
                schedule.place(assignment, start);
            }
        }
        return schedule;
    }

    PendingStarts starts() {
        return starts;
    }

    /** The start as changed so far; {@code null}: deferred. */
    public Integer startOf(ComponentAssignment assignment) {
        return starts.startOf(assignment);
    }

    /**
     * The first start after every predecessor has finished plus its lag, inside the component's range from below, or
     * {@code null} when a deferred predecessor or a scheduled alternative rules it out.
     */
    public Integer earliestAllowedStart(ComponentAssignment assignment) {
        return starts.earliestAllowedStart(assignment);
    }

    /** The component preceded by its deferred predecessors, in an order that keeps every dependency. */
    public List<ComponentAssignment> withDeferredPredecessors(ComponentAssignment assignment) {
        return starts.withDeferredPredecessors(assignment);
    }

    boolean isChanged(ComponentAssignment assignment) {
        return starts.isChanged(assignment);
    }

    /** Starts the component at {@code start}, moving it there if it is placed elsewhere; caps are not checked. */
    public void place(ComponentAssignment assignment, int start) {
        Integer current = startOf(assignment);
        if (current != null) {
            ledger.remove(spending(assignment), current);
        }
        ledger.add(spending(assignment), start);
        starts.set(assignment, start);
        if (makespan >= 0) {
            makespan = Math.max(makespan, start + assignment.getFacts().durationPeriods());
        }
    }

    /** Defers the component with everything that depends on it (see {@link PendingStarts#deferWithSuccessors}). */
    public void deferWithSuccessors(ComponentAssignment assignment) {
        for (Deferral deferral : starts.deferWithSuccessors(assignment)) {
            ledger.remove(spending(deferral.assignment()), deferral.formerStart());
            makespan = -1;
        }
    }

    /** Whether the component, not placed, would keep every budget and capacity at {@code start}. */
    public boolean fits(ComponentAssignment assignment, int start) {
        return ledger.fits(spending(assignment), start);
    }

    /** How much more the caps would be exceeded, thousandths, with the component (not placed) added at {@code start}. */
    long excessIfAdded(ComponentAssignment assignment, int start) {
        return ledger.excessIncreaseIfAdded(spending(assignment), start);
    }

    /**
     * For a placed component, by how much the caps' total excess would fall if it moved to each start of
     * {@code first … last} instead (index {@code start − first}; negative where it would rise).
     */
    long[] excessDropIfMoved(ComponentAssignment assignment, int first, int last) {
        Spending spending = spending(assignment);
        int current = startOf(assignment);
        ledger.remove(spending, current);
        long relief = ledger.excessIncreaseIfAdded(spending, current);
        long[] drops = new long[last - first + 1];
        for (int start = first; start <= last; start++) {
            drops[start - first] = relief - ledger.excessIncreaseIfAdded(spending, start);
        }
        ledger.add(spending, current);
        return drops;
    }

    /** How much the components placed exceed the caps in total, thousandths. */
    public long excessMilli() {
        return ledger.excessMilli();
    }

    /** Every budget and capacity the components placed exceed, with by how much. */
    public List<CapExcess> excesses() {
        return ledger.excesses();
    }

    /** Each cap the component (not placed) would exceed, or exceed more, at {@code start}, with how much more. */
    public List<CapExcess> excessesIfAdded(ComponentAssignment assignment, int start) {
        return ledger.excessesIfAdded(spending(assignment), start);
    }

    /** Every budget and capacity that the components placed exceed. */
    List<CapCell> exceeded() {
        return ledger.exceeded();
    }

    /** Whether the placed component spends from or demands of the cell. */
    public boolean draws(ComponentAssignment assignment, CapCell cell) {
        return ledger.draws(spending(assignment), startOf(assignment), cell);
    }

    /**
     * The earliest start at which the component fits, or {@code null} when there is none. A component not placed that
     * may be paid from several funding options takes the option that lets it start earliest (the first such in the
     * plan's order); a placed one keeps its option.
     */
    Integer firstFittingStart(ComponentAssignment assignment) {
        return withBestFunding(assignment, this::firstFittingStartAsFunded);
    }

    private Integer firstFittingStartAsFunded(ComponentAssignment assignment) {
        Integer earliest = starts.earliestAllowedStart(assignment);
        if (earliest == null) {
            return null;
        }
        for (int start = earliest; start <= lastStart(assignment); start++) {
            if (fits(assignment, start)) {
                return start;
            }
        }
        return null;
    }

    /**
     * Tries each funding option of a component not placed, keeps the one whose start {@code find} gives earliest and
     * answers that start; restores the option it had when none gives one.
     */
    private Integer withBestFunding(ComponentAssignment assignment, Function<ComponentAssignment, Integer> find) {
        if (!assignment.getFacts().hasFundingChoice() || startOf(assignment) != null) {
            return find.apply(assignment);
        }
        int had = starts.fundingOptionOf(assignment);
        Integer best = null;
        int bestOption = had;
        for (int option = 0; option < assignment.getFacts().spendings().size(); option++) {
            starts.setFundingOption(assignment, option);
            Integer start = find.apply(assignment);
            if (start != null && (best == null || start < best)) {
                best = start;
                bestOption = option;
            }
        }
        starts.setFundingOption(assignment, bestOption);
        return best;
    }

    /**
     * A fitting start found from a random point of the allowed range onwards (wrapping around), or {@code null} when
     * none fits: diversity for construction retries and ruin and recreate.
     */
    Integer randomFittingStart(ComponentAssignment assignment, Random random) {
        return withBestFunding(assignment, funded -> randomFittingStartAsFunded(funded, random));
    }

    private Integer randomFittingStartAsFunded(ComponentAssignment assignment, Random random) {
        Integer earliest = starts.earliestAllowedStart(assignment);
        int last = lastStart(assignment);
        if (earliest == null || earliest > last) {
            return null;
        }
        int count = last - earliest + 1;
        int offset = random.nextInt(count);
        for (int i = 0; i < count; i++) {
            int start = earliest + (offset + i) % count;
            if (fits(assignment, start)) {
                return start;
            }
        }
        return null;
    }

    /**
     * A start at which the component fits beside what is placed — the earliest, or with {@code randomStartProbability}
     * (when {@code random} is given) a random one — or {@code null} when none fits; when {@code withinMakespan}, also
     * {@code null} where it would finish after everything placed so far.
     */
    Integer fittingStart(ComponentAssignment assignment, Random random, double randomStartProbability,
            boolean withinMakespan) {
        Integer start = random != null && random.nextDouble() < randomStartProbability
                ? randomFittingStart(assignment, random)
                : firstFittingStart(assignment);
        if (start != null && withinMakespan && start + assignment.getFacts().durationPeriods() > makespan()) {
            return null;
        }
        return start;
    }

    /** The first period after every placed component has finished, 0 when nothing is placed. */
    int makespan() {
        if (makespan < 0) {
            makespan = starts.makespan();
        }
        return makespan;
    }

    /** Pays the component, not placed, from its funding option {@code option}. */
    public void chooseFunding(ComponentAssignment assignment, int option) {
        if (startOf(assignment) != null) {
            throw new IllegalStateException(assignment.getId() + " is placed: its funding cannot change under it");
        }
        starts.setFundingOption(assignment, option);
    }

    /** The funding option as changed so far. */
    public int fundingOptionOf(ComponentAssignment assignment) {
        return starts.fundingOptionOf(assignment);
    }

    /**
     * The funding option by component id of every scheduled component that may be paid from several: what the
     * roadmap checker reads beside the starts.
     */
    public Map<String, Integer> fundingById() {
        Map<String, Integer> byId = new HashMap<>();
        starts.solution().getAssignments().forEach(assignment -> {
            if (assignment.getFacts().hasFundingChoice() && startOf(assignment) != null) {
                byId.put(assignment.getId(), fundingOptionOf(assignment));
            }
        });
        return byId;
    }

    /** Start period by component id, {@code null} for a deferred one: what the roadmap checker reads. */
    public Map<String, Integer> startsById() {
        Map<String, Integer> byId = new HashMap<>();
        starts.solution().getAssignments().forEach(assignment -> byId.put(assignment.getId(), startOf(assignment)));
        return byId;
    }

    /** A move to the starts as changed. */
    MultiStartChangeMove toMove() {
        return starts.toMove();
    }

    private int lastStart(ComponentAssignment assignment) {
        return starts.latestAllowedStart(assignment);
    }

    private Spending spending(ComponentAssignment assignment) {
        return starts.spendingOf(assignment);
    }
}
