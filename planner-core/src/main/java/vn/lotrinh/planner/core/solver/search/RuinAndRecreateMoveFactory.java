package vn.lotrinh.planner.core.solver.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.domain.Timing;

/**
 * Ruin and recreate: defer a few random scheduled components (with everything that depends on them), then insert
 * deferred components again, {@code MUST} first and then by value density with random noise, each at the earliest
 * start where it keeps every budget, capacity, dependency and exclusion. It lets the search trade one project for
 * another under tight budgets, which single changes and swaps rarely reach.
 */
public class RuinAndRecreateMoveFactory extends RandomMoveFactory {

    /** Above this many components rebuilding the ledger for every move costs more than the move is worth. */
    static final int MAX_COMPONENTS = 2_000;
    private static final int MAX_RUINED = 4;
    private static final int RECREATE_PASSES = 3;
    /** About how many components deferred before the ruin are offered a place again (keeps big plans affordable). */
    private static final int MAX_OTHERS_OFFERED = 60;
    /** How often a component is recreated at a random fitting start rather than the earliest. */
    private static final double RANDOM_START_PROBABILITY = 0.2;

    public RuinAndRecreateMoveFactory() {
        super(MAX_COMPONENTS);
    }

    @Override
    MultiStartChangeMove next(RoadmapSolution solution, List<ComponentAssignment> movable, Random random) {
        PartialSchedule schedule = PartialSchedule.ofWorkingSolution(solution);
        Ruin ruin = ruin(schedule.starts(), movable, random);
        for (ComponentAssignment victim : ruin.victims()) {
            if (schedule.startOf(victim) != null) {
                schedule.deferWithSuccessors(victim);
            }
        }
        recreate(schedule, movable, random, ruin.recreateFirst());
        return schedule.toMove();
    }

    /**
     * What to defer, and which components to insert again before all others, in this order: a deferred component
     * made room for, preceded by its deferred predecessors.
     */
    private record Ruin(List<ComponentAssignment> victims, List<ComponentAssignment> recreateFirst) {
    }

    /**
     * One of three, at random: random scheduled components; a random component and others that compete with it
     * where it is now; or a random component and those that compete with it for an earlier (or, if deferred, any)
     * start it could take, which it then gets first pick of — the way to make room for it. A deferred component that
     * needs deferred predecessors gets room for all of them, and they get first pick before it.
     */
    private static Ruin ruin(PendingStarts starts, List<ComponentAssignment> movable, Random random) {
        int kind = random.nextInt(3);
        int count = 1 + random.nextInt(kind == 0 ? MAX_RUINED : 2 * MAX_RUINED);
        List<ComponentAssignment> victims = new ArrayList<>();
        if (kind == 0) {
            for (int i = 0; i < count; i++) {
                victims.add(movable.get(random.nextInt(movable.size())));
            }
            return new Ruin(victims, List.of());
        }
        ComponentAssignment seed = movable.get(random.nextInt(movable.size()));
        Timing seedTiming = seed.getFacts().timing();
        victims.add(seed);
        int latestEarlier = seed.isScheduled() ? seed.getStart() - 1 : seedTiming.lastStart();
        if (kind == 2 && latestEarlier < seedTiming.firstStart()) {
            kind = 1; // there is no earlier start to make room at: compete where it is
        }
        List<ComponentAssignment> chain = kind == 2 ? starts.withDeferredPredecessors(seed) : List.of(seed);
        int from;
        int to;
        if (kind == 1) {
            if (!seed.isScheduled()) {
                return new Ruin(victims, List.of());
            }
            // Its own periods and one on either side: neighbours whose money or staff it could use if it moved.
            from = seed.getStart() - 1;
            to = seed.getEnd();
        } else if (chain.size() == 1) {
            from = seedTiming.firstStart() + random.nextInt(latestEarlier - seedTiming.firstStart() + 1);
            to = from + seedTiming.durationPeriods() - 1;
        } else {
            // Deferred predecessors go in first: room for the whole chain, from a start the first of them could take
            // to the latest the seed could finish.
            Timing head = chain.get(0).getFacts().timing();
            from = head.firstStart() + random.nextInt(Math.max(1, head.lastStart() - head.firstStart() + 1));
            to = seedTiming.lastStart() + seedTiming.durationPeriods() - 1;
        }
        int offset = random.nextInt(movable.size());
        for (int i = 0; i < movable.size() && victims.size() < count; i++) {
            ComponentAssignment other = movable.get((offset + i) % movable.size());
            if (other != seed && other.isScheduled() && other.getStart() <= to && other.getEnd() > from
                    && chain.stream().anyMatch(member -> member.spending()
                            .sharesMeansWith(other.spending()))) {
                victims.add(other);
            }
        }
        return new Ruin(victims, kind == 2 ? chain : List.of());
    }

    /** The component's place in {@code first}; after all of them when it is not there. */
    private static int rankIn(List<ComponentAssignment> first, ComponentAssignment assignment) {
        int rank = first.indexOf(assignment);
        return rank < 0 ? first.size() : rank;
    }

    private static void recreate(PartialSchedule schedule, List<ComponentAssignment> movable, Random random,
            List<ComponentAssignment> first) {
        Objective objective = schedule.starts().solution().getObjective();
        boolean makespan = objective == Objective.MIN_MAKESPAN;
        // Needed components usually go first; sometimes not, so that one can end up later than its earliest start.
        boolean neededFirst = random.nextBoolean();
        Map<ComponentAssignment, Double> noisyDensity = new LinkedHashMap<>();
        for (ComponentAssignment assignment : movable) {
            // What this move ruined or made room for is always offered; of the components deferred before, a sample.
            boolean offered = schedule.isChanged(assignment) || first.contains(assignment) || isNeeded(assignment)
                    || random.nextInt(movable.size()) < MAX_OTHERS_OFFERED;
            if (offered && schedule.startOf(assignment) == null) {
                noisyDensity.put(assignment,
                        ValueDensity.of(assignment.getFacts(), objective) * (0.5 + random.nextDouble()));
            }
        }
        List<ComponentAssignment> candidates = new ArrayList<>(noisyDensity.keySet());
        candidates.sort(Comparator.comparingInt((ComponentAssignment a) -> rankIn(first, a))
                .thenComparing(a -> !(neededFirst && isNeeded(a)))
                .thenComparing(Comparator.comparingDouble((ComponentAssignment a) -> noisyDensity.get(a)).reversed()));
        // Under MAX_VALUE a start is worth nothing in itself, so starts are varied more freely.
        double randomStartProbability = objective == Objective.MAX_VALUE
                ? 2 * RANDOM_START_PROBABILITY
                : RANDOM_START_PROBABILITY;
        for (int pass = 0; pass < RECREATE_PASSES && !candidates.isEmpty(); pass++) {
            List<ComponentAssignment> left = new ArrayList<>();
            for (ComponentAssignment candidate : candidates) {
                Integer start = schedule.fittingStart(candidate, random, randomStartProbability,
                        makespan && !isNeeded(candidate));
                if (start == null) {
                    left.add(candidate);
                } else {
                    schedule.place(candidate, start);
                }
            }
            if (left.size() == candidates.size()) {
                break;
            }
            candidates = left;
        }
    }

    private static boolean isNeeded(ComponentAssignment assignment) {
        return assignment.getFacts().hints().needed();
    }
}
