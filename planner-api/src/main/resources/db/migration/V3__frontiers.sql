-- Budget frontiers: one plan version solved with its budgets (or one funding source's) scaled by each factor in turn.
-- The status columns are those of solve_jobs, and move the same way.
CREATE TABLE frontiers (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    plan_id         VARCHAR(36)  NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    plan_version    BIGINT       NOT NULL,
    objective       VARCHAR(32)  NOT NULL,
    funding_source  VARCHAR(64),
    scales          ${text_type} NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    submitted_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP(6) WITH TIME ZONE,
    finished_at     TIMESTAMP(6) WITH TIME ZONE,
    failure_reason  VARCHAR(1000)
);
CREATE INDEX frontiers_plan ON frontiers (plan_id, submitted_at);
CREATE INDEX frontiers_status ON frontiers (status);

-- Each point of a frontier, written as soon as it is found: its figures and scheduled starts as JSON.
CREATE TABLE frontier_points (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    frontier_id  VARCHAR(36)  NOT NULL REFERENCES frontiers (id) ON DELETE CASCADE,
    point_index  INTEGER      NOT NULL,
    document     ${text_type} NOT NULL,
    CONSTRAINT frontier_points_index UNIQUE (frontier_id, point_index)
);
