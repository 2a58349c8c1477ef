package vn.lotrinh.planner.core.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.solver.RoadmapProblemFactory;
import vn.lotrinh.planner.core.solver.SolverConfigs;
import vn.lotrinh.planner.core.solver.domain.ComponentAssignment;
import vn.lotrinh.planner.core.solver.domain.RoadmapSolution;

class InsertAndRepairMoveFactoryTest {

    private static final InnerScoreDirectorFactory<RoadmapSolution, HardMediumSoftLongScore> SCORE_DIRECTORS =
            new DefaultSolverFactory<RoadmapSolution>(SolverConfigs.base()).getScoreDirectorFactory();

    /**
     * Three years with 10 to spend in 2030 and given amounts in 2031 and 2032. {@code EARLY} must finish in 2030,
     * where {@code FLEXIBLE} (with the given extra fields) starts and spends the whole budget; {@code NEXT} depends
     * on {@code EARLY} with a lag of one year. Every component spends 10.
     */
    private static final String PLAN = """
            {"format": "roadmap-plan/1", "name": "Chèn và sửa",
             "calendar": {"periodUnit": "YEAR", "start": "2030", "periods": 3},
             "fundingSources": [{"id": "NS_TINH", "name": "Ngân sách tỉnh"}],
             "budgets": [{"fundingSource": "NS_TINH", "period": "2030", "amount": 10},
                         {"fundingSource": "NS_TINH", "period": "2031", "amount": %s},
                         {"fundingSource": "NS_TINH", "period": "2032", "amount": %s}],
             "components": [
               {"id": "FLEXIBLE", "name": "Cổng dịch vụ công", "value": 10, "duration": 1,
                "capex": {"low": 10, "likely": 10, "high": 10}%s},
               {"id": "EARLY", "name": "Trục liên thông", "value": 20, "duration": 1,
                "capex": {"low": 10, "likely": 10, "high": 10}, "latestFinish": "2030"},
               {"id": "NEXT", "name": "Kho dữ liệu", "value": 30, "duration": 1,
                "capex": {"low": 10, "likely": 10, "high": 10},
                "dependsOn": [{"id": "EARLY", "lag": 1}]}]}
            """;

    @Test
    void insertsADeferredComponentWhereItDoesNotFitAndReTimesWhatBlocksIt() {
        Supplier<RoadmapSolution> solution = () -> solution(PLAN.formatted(10, 0, ""));

        assertThat(changesInserting("EARLY", solution, new InsertAndRepairMoveFactory()))
                .isEqualTo(Map.of("EARLY", 0, "FLEXIBLE", 1));
    }

    @Test
    void insertsADeferredComponentTogetherWithTheDeferredPredecessorsItNeeds() {
        Supplier<RoadmapSolution> solution = () -> solution(PLAN.formatted(10, 10, ""));

        assertThat(changesInserting("NEXT", solution, new InsertAndRepairMoveFactory()))
                .isEqualTo(Map.of("EARLY", 0, "NEXT", 2, "FLEXIBLE", 1));
    }

    @Test
    void offersNoInsertionWhenNoReTimingMakesRoomUnlessEvicting() {
        Supplier<RoadmapSolution> solution = () -> solution(PLAN.formatted(0, 0, ""));

        assertThat(changesInserting("EARLY", solution, new InsertAndRepairMoveFactory())).isEmpty();
    }

    @Test
    void evictingDefersTheLeastValuableComponentInTheWayWhenNoReTimingMakesRoom() {
        Supplier<RoadmapSolution> solution = () -> solution(PLAN.formatted(0, 0, ""));
        InsertAndRepairMoveFactory evicting = new InsertAndRepairMoveFactory();
        evicting.setEvicting(true);

        Map<String, Integer> changes = changesInserting("EARLY", solution, evicting);

        assertThat(changes).containsEntry("EARLY", 0).containsKey("FLEXIBLE").hasSize(2);
        assertThat(changes.get("FLEXIBLE")).isNull();
    }

    @Test
    void evictingNeverDefersAPinnedComponent() {
        Supplier<RoadmapSolution> solution = () -> solution(PLAN.formatted(10, 10, ", \"pinnedStart\": \"2030\""));
        InsertAndRepairMoveFactory evicting = new InsertAndRepairMoveFactory();
        evicting.setEvicting(true);

        assertThat(changesInserting("EARLY", solution, evicting)).isEmpty();
    }

    /** The plan's problem with {@code FLEXIBLE} started in 2030 and the others deferred. */
    private static RoadmapSolution solution(String json) {
        RoadmapSolution solution = RoadmapProblemFactory.solution(new PlanReader().read(json), Objective.MAX_VALUE);
        solution.getAssignments().forEach(a -> a.setStart(a.getId().equals("FLEXIBLE") ? 0 : null));
        return solution;
    }

    /**
     * What the first of many moves that inserts {@code inserted} changes (component id to new start), each move
     * built on and applied to a fresh copy of the plan's problem; empty when none inserts it.
     */
    private static Map<String, Integer> changesInserting(String inserted, Supplier<RoadmapSolution> problem,
            InsertAndRepairMoveFactory factory) {
        Random random = new Random(1);
        for (int attempt = 0; attempt < 1_000; attempt++) {
            RoadmapSolution solution = problem.get();
            List<ComponentAssignment> movable = solution.getAssignments().stream()
                    .filter(a -> !a.isPinned() && a.getFacts().timing().hasAnyStart()).toList();
            Map<String, Integer> before = starts(solution);
            MultiStartChangeMove move = factory.next(solution, movable, random);
            try (InnerScoreDirector<RoadmapSolution, HardMediumSoftLongScore> scoreDirector =
                    SCORE_DIRECTORS.buildScoreDirector()) {
                scoreDirector.setWorkingSolution(solution);
                move.doMoveOnly(scoreDirector);
            }
            Map<String, Integer> changes = new HashMap<>();
            starts(solution).forEach((id, start) -> {
                if (!Objects.equals(start, before.get(id))) {
                    changes.put(id, start);
                }
            });
            if (changes.containsKey(inserted)) {
                return changes;
            }
        }
        return Map.of();
    }

    private static Map<String, Integer> starts(RoadmapSolution solution) {
        Map<String, Integer> starts = new HashMap<>();
        solution.getAssignments().forEach(a -> starts.put(a.getId(), a.getStart()));
        return starts;
    }
}
