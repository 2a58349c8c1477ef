-- Plans keep their roadmap-plan/1 document as text, exactly as received (unknown fields included).
CREATE TABLE plans (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL,
    document    ${text_type} NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE solve_jobs (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    plan_id         VARCHAR(36)  NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    plan_version    BIGINT       NOT NULL,
    objective       VARCHAR(32)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    best_score      VARCHAR(100),
    failure_reason  VARCHAR(1000),
    submitted_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP(6) WITH TIME ZONE,
    finished_at     TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX solve_jobs_plan ON solve_jobs (plan_id, submitted_at);
CREATE INDEX solve_jobs_status ON solve_jobs (status);

-- The plan document a job solved, so that its roadmap can be exported after the plan has moved on.
CREATE TABLE plan_snapshots (
    job_id    VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES solve_jobs (id) ON DELETE CASCADE,
    document  ${text_type} NOT NULL
);

-- The best roadmap of a job so far, rewritten as the solver improves it.
CREATE TABLE roadmaps (
    job_id        VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES solve_jobs (id) ON DELETE CASCADE,
    plan_id       VARCHAR(36)  NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    plan_version  BIGINT       NOT NULL,
    score         VARCHAR(100) NOT NULL,
    feasible      BOOLEAN      NOT NULL,
    document      ${text_type} NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX roadmaps_plan ON roadmaps (plan_id);

-- One-off things the service has done, e.g. loading the sample plan.
CREATE TABLE service_markers (
    name        VARCHAR(64) NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
