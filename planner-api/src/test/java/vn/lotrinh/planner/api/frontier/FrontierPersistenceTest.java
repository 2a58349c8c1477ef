package vn.lotrinh.planner.api.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lotrinh.planner.api.PersistenceTest;
import vn.lotrinh.planner.api.job.SolveJobFixtures;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.api.plan.PlanSnapshot;
import vn.lotrinh.planner.core.frontier.FrontierSpec;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.solver.SolveOptions;

/** Frontiers and their points through the real schema. */
@PersistenceTest
class FrontierPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");
    private static final FrontierSpec SPEC = new FrontierSpec(
            List.of(new BigDecimal("1.25"), new BigDecimal("0.5"), BigDecimal.ONE), "NSTW",
            SolveOptions.ofScoreCalculations(Objective.MAX_VALUE, 100));

    @Autowired
    EntityManager entities;

    @Autowired
    FrontierRepository frontiers;

    @Autowired
    FrontierPointRepository points;

    String planId;

    @BeforeEach
    void plan() {
        planId = SolveJobFixtures.persistPlan(entities);
    }

    @Test
    void frontierKeepsWhatItScalesAndStartsQueued() {
        String id = persistFrontier();

        Frontier frontier = frontiers.findById(id).orElseThrow().toFrontier(List.of());

        assertThat(frontier.scales()).containsExactly(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("1.25"));
        assertThat(frontier.fundingSource()).isEqualTo("NSTW");
        assertThat(frontier.objective()).isEqualTo(Objective.MAX_VALUE);
        assertThat(frontier.status()).isEqualTo(SolveStatus.QUEUED);
        assertThat(frontier.progress()).isEqualTo(new Frontier.Progress(0, 3));
    }

    @Test
    void pointsComeBackInTheOrderOfTheirScales() {
        String id = persistFrontier();
        persistPoint(id, 1, "{\"at\": 1}");
        persistPoint(id, 0, "{\"at\": 0}");

        assertThat(points.findByFrontierIdInOrderByPointIndex(List.of(id)))
                .extracting(FrontierPointEntity::document).containsExactly("{\"at\": 0}", "{\"at\": 1}");
    }

    @Test
    void deletingThePlanDeletesItsFrontiersAndTheirPoints() {
        String id = persistFrontier();
        String pointId = persistPoint(id, 0, "{}");

        entities.createNativeQuery("delete from plans where id = ?1").setParameter(1, planId).executeUpdate();
        entities.clear();

        assertThat(frontiers.findById(id)).isEmpty();
        assertThat(points.findById(pointId)).isEmpty();
    }

    private String persistFrontier() {
        String id = UUID.randomUUID().toString();
        frontiers.save(new FrontierEntity(id, new PlanSnapshot(planId, 1, "{}", null), SPEC, T0));
        entities.flush();
        return id;
    }

    private String persistPoint(String frontierId, int pointIndex, String document) {
        String id = UUID.randomUUID().toString();
        points.save(new FrontierPointEntity(id, frontierId, pointIndex, document));
        entities.flush();
        return id;
    }
}
