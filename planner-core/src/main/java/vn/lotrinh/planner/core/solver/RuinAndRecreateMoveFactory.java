package vn.lotrinh.planner.core.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import vn.lotrinh.planner.core.plan.Objective;

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
        return ruinAndRecreate(solution, movable, random);
    }

    private static MultiStartChangeMove ruinAndRecreate(RoadmapSolution solution, List<ComponentAssignment> movable,
            Random random) {
        SpendingLedger ledger = SpendingLedger.ofScheduled(solution);
        Map<ComponentAssignment, Integer> changes = new LinkedHashMap<>();
        Function<ComponentAssignment, Integer> startOf = a -> changes.containsKey(a) ? changes.get(a) : a.getStart();
        Ruin ruin = ruin(movable, random);
        for (ComponentAssignment victim : ruin.victims()) {
            if (startOf.apply(victim) != null) {
                Map<ComponentAssignment, Integer> deferred = new LinkedHashMap<>();
                CascadingMoveFactory.defer(victim, deferred);
                deferred.keySet().forEach(a -> {
                    Integer start = startOf.apply(a);
                    if (start != null) {
                        ledger.remove(a, start);
                        changes.put(a, null);
                    }
                });
            }
        }
        recreate(solution, movable, random, ledger, changes, startOf, ruin.recreateFirst());
        return MultiStartChangeMove.of(changes);
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
    private static Ruin ruin(List<ComponentAssignment> movable, Random random) {
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
        victims.add(seed);
        int latestEarlier = seed.isScheduled() ? seed.getStart() - 1 : seed.getLatestStart();
        if (kind == 2 && latestEarlier < seed.getEarliestStart()) {
            kind = 1; // there is no earlier start to make room at: compete where it is
        }
        List<ComponentAssignment> chain = kind == 2 ? seed.withDeferredPredecessors() : List.of(seed);
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
            from = seed.getEarliestStart() + random.nextInt(latestEarlier - seed.getEarliestStart() + 1);
            to = from + seed.getDurationPeriods() - 1;
        } else {
            // Deferred predecessors go in first: room for the whole chain, from a start the first of them could take
            // to the latest the seed could finish.
            ComponentAssignment head = chain.get(0);
            from = head.getEarliestStart()
                    + random.nextInt(Math.max(1, head.getLatestStart() - head.getEarliestStart() + 1));
            to = seed.getLatestStart() + seed.getDurationPeriods() - 1;
        }
        int offset = random.nextInt(movable.size());
        for (int i = 0; i < movable.size() && victims.size() < count; i++) {
            ComponentAssignment other = movable.get((offset + i) % movable.size());
            if (other != seed && other.isScheduled() && other.getStart() <= to && other.getEnd() > from
                    && chain.stream().anyMatch(member -> sharesMeans(member, other))) {
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

    /** Whether the two draw on a common funding source or resource. */
    private static boolean sharesMeans(ComponentAssignment a, ComponentAssignment b) {
        for (int f = 0; f < a.fundingSourceCount(); f++) {
            if (a.isFundedBy(f) && b.isFundedBy(f)) {
                return true;
            }
        }
        for (int r = 0; r < a.resourceCount(); r++) {
            if (a.demandMilli(r) > 0 && b.demandMilli(r) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void recreate(RoadmapSolution solution, List<ComponentAssignment> movable, Random random,
            SpendingLedger ledger, Map<ComponentAssignment, Integer> changes,
            Function<ComponentAssignment, Integer> startOf, List<ComponentAssignment> first) {
        boolean makespan = solution.getObjective() == Objective.MIN_MAKESPAN;
        // Needed components usually go first; sometimes not, so that one can end up later than its earliest start.
        boolean neededFirst = random.nextBoolean();
        Map<ComponentAssignment, Double> noisyDensity = new LinkedHashMap<>();
        for (ComponentAssignment assignment : movable) {
            // What this move ruined or made room for is always offered; of the components deferred before, a sample.
            boolean offered = changes.containsKey(assignment) || first.contains(assignment) || assignment.isNeeded()
                    || random.nextInt(movable.size()) < MAX_OTHERS_OFFERED;
            if (offered && startOf.apply(assignment) == null) {
                noisyDensity.put(assignment,
                        Placement.density(assignment, solution.getObjective()) * (0.5 + random.nextDouble()));
            }
        }
        List<ComponentAssignment> candidates = new ArrayList<>(noisyDensity.keySet());
        candidates.sort(Comparator.comparingInt((ComponentAssignment a) -> rankIn(first, a))
                .thenComparing(a -> !(neededFirst && a.isNeeded()))
                .thenComparing(Comparator.comparingDouble((ComponentAssignment a) -> noisyDensity.get(a)).reversed()));
        int currentMakespan = makespan ? Placement.makespan(solution.getAssignments(), startOf) : 0;
        // Under MAX_VALUE a start is worth nothing in itself, so starts are varied more freely.
        double randomStartProbability = solution.getObjective() == Objective.MAX_VALUE
                ? 2 * RANDOM_START_PROBABILITY
                : RANDOM_START_PROBABILITY;
        for (int pass = 0; pass < RECREATE_PASSES && !candidates.isEmpty(); pass++) {
            List<ComponentAssignment> left = new ArrayList<>();
            for (ComponentAssignment candidate : candidates) {
                Integer start = random.nextDouble() < randomStartProbability
                        ? Placement.randomFittingStart(candidate, ledger, startOf, random)
                        : Placement.firstFittingStart(candidate, ledger, startOf);
                if (start != null && makespan && !candidate.isNeeded()
                        && start + candidate.getDurationPeriods() > currentMakespan) {
                    start = null;
                }
                if (start == null) {
                    left.add(candidate);
                } else {
                    ledger.add(candidate, start);
                    changes.put(candidate, start);
                    currentMakespan = Math.max(currentMakespan, start + candidate.getDurationPeriods());
                }
            }
            if (left.size() == candidates.size()) {
                break;
            }
            candidates = left;
        }
    }
}
