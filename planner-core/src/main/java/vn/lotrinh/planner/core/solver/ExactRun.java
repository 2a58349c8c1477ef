package vn.lotrinh.planner.core.solver;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.roadmap.Optimality;
import vn.lotrinh.planner.core.solver.domain.Placement;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;
import vn.lotrinh.planner.core.solver.exact.ExactBound;
import vn.lotrinh.planner.core.solver.exact.ExactObjective;
import vn.lotrinh.planner.core.solver.exact.ExactSearch;
import vn.lotrinh.planner.core.solver.exact.ExactSettings;

/**
 * The exact side of a portfolio solve: an {@link ExactSearch} started from the construction's roadmap, its roadmaps
 * scored by the OptaPlanner constraints and handed on as they come, its last bound kept, and what that bound proves
 * about any roadmap of the problem ({@link #optimalityOf}).
 */
final class ExactRun implements ExactSearch.Listener {

    private static final MathContext GAP_PRECISION = new MathContext(6, RoundingMode.HALF_UP);
    private static final Text PROVEN_INFEASIBLE = Text.of(
            "no roadmap keeps every rule of the plan: the exact search proved it",
            "không có lộ trình nào tuân thủ mọi quy tắc của kế hoạch: tìm kiếm chính xác đã chứng minh điều này");
    private static final Text BREAKS_A_RULE = Text.of("the roadmap breaks a rule of the plan, so no bound speaks of it",
            "lộ trình vi phạm một quy tắc của kế hoạch, nên không có cận nào áp dụng cho lộ trình này");
    private static final Text NO_BOUND = Text.of("the exact search proved no bound within its limits",
            "tìm kiếm chính xác không chứng minh được cận nào trong giới hạn của nó");
    private static final Text NO_BOUND_YET = Text.of("the exact search has proven no bound yet",
            "tìm kiếm chính xác chưa chứng minh được cận nào");
    private static final Text MORE_MUST_FIT = Text.of("some roadmap schedules more MUST components than this one",
            "có lộ trình xếp được nhiều hạng mục MUST hơn lộ trình này");
    private static final Text MUST_COUNT_UNPROVEN = Text.of(
            "the exact search has not proven how many MUST components can be scheduled",
            "tìm kiếm chính xác chưa chứng minh được có thể xếp bao nhiêu hạng mục MUST");
    private static final Text LIMITS_BEFORE_PROOF = Text.of("the exact search reached its limits before its proof",
            "tìm kiếm chính xác đã chạm giới hạn trước khi chứng minh xong");
    private static final Text PROVING = Text.of("the exact search is still proving",
            "tìm kiếm chính xác vẫn đang chứng minh");

    private final RoadmapProblem problem;
    private final ExactSearch search;
    private final ScoredSolutions solutions;
    private final long valueScale;
    private volatile Consumer<RoadmapSolution> onRoadmap = roadmap -> { };
    private volatile Runnable onBound = () -> { };
    private volatile ExactBound bound;
    private volatile boolean infeasible;
    private volatile boolean ended;
    private RoadmapSolution best;

    /** @param valueScale what the problem's values are multiplied by in its scores */
    ExactRun(RoadmapProblem problem, ExactSettings settings, ScoredSolutions solutions, long valueScale) {
        this.problem = problem;
        this.search = new ExactSearch(problem, settings);
        this.solutions = solutions;
        this.valueScale = valueScale;
    }

    /**
     * Sets who hears of the search, before it runs; both are called on CP-SAT's threads.
     *
     * @param roadmaps takes each better roadmap the search finds, scored
     * @param bounds is called after each better bound, and once when the search has ended
     */
    void listen(Consumer<RoadmapSolution> roadmaps, Runnable bounds) {
        this.onRoadmap = roadmaps;
        this.onBound = bounds;
    }

    /** Runs the search on the calling thread until its proof, {@link #stop} or {@code deadlineNanos}. */
    void run(long deadlineNanos) {
        try {
            Map<Integer, Placement> hint = solutions.constructed(problem);
            ExactSearch.Outcome outcome = search.run(hint,
                    Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime())), this);
            infeasible = outcome.infeasible();
            if (outcome.bound() != null) {
                onBound(outcome.bound());
            }
        } finally {
            ended = true;
        }
        onBound.run();
    }

    void stop() {
        search.stop();
    }

    /**
     * Whether the solve offers the OptaPlanner searches' roadmaps back to the exact search ({@link #restartFrom}): only
     * under {@code MIN_MAKESPAN}, where a restart from the searches' makespan helped CP-SAT find the optimum of PSPLIB
     * j30 instances it missed. Under the value objectives restarts were as often worse as better and weakened the
     * bound, since each one begins CP-SAT's proof again (docs/benchmarks.md, "Decisions on the exact search").
     */
    boolean restartsFromSearches() {
        return problem.objective() == Objective.MIN_MAKESPAN;
    }

    /**
     * Offers a roadmap of the OptaPlanner searches to the exact search, which starts again from it when it keeps
     * every rule and beats the exact search's own (see {@link ExactSearch#restartFrom}).
     */
    boolean restartFrom(RoadmapSolution solution) {
        return isFeasible(solution) && search.restartFrom(ScoredSolutions.placementsOf(solution),
                objectiveOf(solution), mustScheduled(solution));
    }

    @Override
    public void onRoadmap(Map<Integer, Placement> placementsByIndex) {
        RoadmapSolution scored = solutions.withPlacements(problem, placementsByIndex);
        synchronized (this) {
            if (best != null && scored.getScore().compareTo(best.getScore()) <= 0) {
                return;
            }
            best = scored;
        }
        onRoadmap.accept(scored);
    }

    @Override
    public void onBound(ExactBound proven) {
        ExactBound last = bound;
        if (last == null || last.mustScheduled() != proven.mustScheduled() || proven.value() < last.value()) {
            bound = proven;
            onBound.run();
        }
    }

    /** The best roadmap the search found, scored; {@code null} before the first. */
    synchronized RoadmapSolution best() {
        return best;
    }

    /** Whether the bound proves the solution optimal. */
    boolean proves(RoadmapSolution solution) {
        ExactBound proven = bound;
        return solution != null && isFeasible(solution) && proven != null
                && proven.covers(mustScheduled(solution)) && objectiveOf(solution) >= proven.value();
    }

    /**
     * What the search's bound proves about the solution, in the spec's objective.
     *
     * @param provenAt when the solution was first proven optimal, if it was
     */
    Optimality optimalityOf(RoadmapSolution solution, Instant provenAt) {
        ExactBound proven = bound;
        if (!isFeasible(solution)) {
            return Optimality.unknown(infeasible ? PROVEN_INFEASIBLE : BREAKS_A_RULE);
        }
        if (proven == null) {
            return Optimality.unknown(ended ? NO_BOUND : NO_BOUND_YET);
        }
        long must = mustScheduled(solution);
        if (!proven.covers(must)) {
            return Optimality.unknown(proven.mostMust() && proven.mustScheduled() > must ? MORE_MUST_FIT
                    : MUST_COUNT_UNPROVEN);
        }
        long objective = objectiveOf(solution);
        if (objective >= proven.value()) {
            return Optimality.optimal(inSpecUnits(objective), provenAt == null ? Instant.now() : provenAt);
        }
        BigDecimal value = inSpecUnits(objective);
        BigDecimal boundValue = inSpecUnits(proven.value());
        BigDecimal gap = value.signum() == 0 ? null
                : boundValue.subtract(value).divide(value.abs(), GAP_PRECISION);
        return new Optimality(Optimality.Status.FEASIBLE, boundValue, gap, null, ended ? LIMITS_BEFORE_PROOF : PROVING);
    }

    private long objectiveOf(RoadmapSolution solution) {
        return ExactObjective.of(problem, ScoredSolutions.placementsOf(solution));
    }

    private BigDecimal inSpecUnits(long exactUnits) {
        if (problem.objective() == Objective.MIN_MAKESPAN) {
            return BigDecimal.valueOf(exactUnits);
        }
        BigDecimal units = BigDecimal.valueOf(exactUnits).divide(BigDecimal.valueOf(valueScale)).stripTrailingZeros();
        return units.scale() < 0 ? units.setScale(0) : units;
    }

    private static boolean isFeasible(RoadmapSolution solution) {
        HardMediumSoftLongScore score = solution.getScore();
        return score != null && score.isSolutionInitialized() && score.hardScore() == 0;
    }

    private static long mustScheduled(RoadmapSolution solution) {
        return solution.getAssignments().stream()
                .filter(assignment -> assignment.getFacts().must() && assignment.isScheduled()).count();
    }
}
