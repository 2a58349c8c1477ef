package vn.lotrinh.planner.core.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.generator.GeneratorSettings;
import vn.lotrinh.planner.core.plan.generator.RandomPlanGenerator;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.solver.RoadmapProblemFactory;
import vn.lotrinh.planner.core.solver.domain.Placement;
import vn.lotrinh.planner.core.solver.domain.RoadmapProblem;

/**
 * A running exact search offered a better roadmap found elsewhere starts again from it, and refuses one that is no
 * better than its own. One worker, the fixed seed and a deterministic limit make each search repeat itself.
 */
class ExactSearchRestartTest {

    private static final ExactSettings ONE_WORKER = ExactSettings.defaults().withWorkers(1)
            .withDeterministicTimeLimit(20);
    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);

    private final RoadmapProblem problem = RoadmapProblemFactory.create(generatedPlan(), Objective.VALUE_OVER_TIME);

    @Test
    void startsAgainFromABetterRoadmapOfferedWhileItRunsAndRefusesAWorseOne() throws Exception {
        Map<Integer, Placement> optimum = provenOptimum();
        long optimalObjective = ExactObjective.of(problem, optimum);
        long mustCount = problem.components().stream().filter(facts -> facts.must()).count();

        ExactSearch search = new ExactSearch(problem, ONE_WORKER);
        Recorder recorder = new Recorder();
        CompletableFuture<ExactSearch.Outcome> running = CompletableFuture.supplyAsync(
                () -> search.run(Map.of(), TIME_LIMIT, recorder));
        assertThat(recorder.first.await(1, TimeUnit.MINUTES)).as("a first roadmap").isTrue();
        long firstObjective = recorder.objectives.get(0);
        // The search waits in its first roadmap's callback until the offers are made.
        boolean noBetter = search.restartFrom(optimum, firstObjective, mustCount);
        boolean shortOfMust = search.restartFrom(optimum, optimalObjective, mustCount - 1);
        boolean better = search.restartFrom(optimum, optimalObjective, mustCount);
        recorder.release.countDown();
        ExactSearch.Outcome outcome = running.get(5, TimeUnit.MINUTES);

        assertThat(mustCount).as("MUST components in the plan").isPositive();
        assertThat(firstObjective).as("the first roadmap is not the optimum").isLessThan(optimalObjective);
        assertThat(noBetter).as("a roadmap no better than the search's own").isFalse();
        assertThat(shortOfMust).as("a roadmap short of the MUST components").isFalse();
        assertThat(better).as("a better roadmap").isTrue();
        assertThat(recorder.objectives.subList(1, recorder.objectives.size())).first()
                .as("the first roadmap after the restart").isEqualTo(optimalObjective);
        assertThat(outcome.bound().value()).isEqualTo(optimalObjective);
    }

    /** The optimum, proven by a search of its own. */
    private Map<Integer, Placement> provenOptimum() {
        Recorder recorder = new Recorder();
        recorder.release.countDown();
        ExactSearch.Outcome outcome = new ExactSearch(problem, ONE_WORKER).run(Map.of(), TIME_LIMIT, recorder);
        Map<Integer, Placement> last = recorder.roadmaps.get(recorder.roadmaps.size() - 1);
        assertThat(outcome.bound().value()).as("proven").isEqualTo(ExactObjective.of(problem, last));
        return last;
    }

    private static Plan generatedPlan() {
        GeneratorSettings settings = GeneratorSettings.builder().components(40).periods(PeriodUnit.YEAR, 8).build();
        return new PlanReader().read(new RandomPlanGenerator(settings).generate(3).document());
    }

    /** Every roadmap and its objective as the search reports them; the first waits for {@link #release}. */
    private final class Recorder implements ExactSearch.Listener {

        final List<Map<Integer, Placement>> roadmaps = new CopyOnWriteArrayList<>();
        final List<Long> objectives = new CopyOnWriteArrayList<>();
        final CountDownLatch first = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void onRoadmap(Map<Integer, Placement> placementsByIndex) {
            roadmaps.add(placementsByIndex);
            objectives.add(ExactObjective.of(problem, placementsByIndex));
            first.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onBound(ExactBound bound) {
        }
    }
}
