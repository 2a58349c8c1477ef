package vn.lotrinh.planner.api.job;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import vn.lotrinh.planner.api.plan.PlanEntity;
import vn.lotrinh.planner.core.plan.Objective;

/** Rows for persistence tests: a plan, and queued jobs of it with their snapshots. */
public final class SolveJobFixtures {

    private SolveJobFixtures() {
    }

    /** Stores a plan with an empty document and returns its id. */
    public static String persistPlan(EntityManager entities) {
        String planId = UUID.randomUUID().toString();
        entities.persist(new PlanEntity(planId, "Kế hoạch", "{}", Instant.parse("2025-01-02T03:04:05Z")));
        entities.flush();
        return planId;
    }

    /** Stores a queued job of version 1 of the plan, with an empty snapshot, and returns its id. */
    public static String persistJob(EntityManager entities, String planId, Instant submittedAt) {
        String id = UUID.randomUUID().toString();
        entities.persist(new SolveJobEntity(id, planId, 1, Objective.VALUE_OVER_TIME, null, submittedAt));
        entities.persist(new PlanSnapshotEntity(id, "{}"));
        entities.flush();
        return id;
    }
}
