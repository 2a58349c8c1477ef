-- Every version of a plan: who made it, when and how. The document of a superseded version is kept here; the
-- current version's document is the plan's own (plans.document), so no document is stored twice. The versions go
-- with their plan when it is deleted; the audit trail below keeps what happened to it.
CREATE TABLE plan_versions (
    plan_id     VARCHAR(36)  NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    version     BIGINT       NOT NULL,
    document    ${text_type},
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100),
    action      VARCHAR(32),
    CONSTRAINT plan_versions_pk PRIMARY KEY (plan_id, version)
);
-- Plans stored before this migration: their current version, by nobody known (their earlier documents were never
-- kept).
INSERT INTO plan_versions (plan_id, version, document, created_at, created_by, action)
    SELECT id, version, NULL, updated_at, NULL, NULL FROM plans;

-- Every change anyone made, never updated or deleted: no foreign key, so that a plan's trail outlives the plan.
CREATE TABLE audit_entries (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    username      VARCHAR(100) NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    plan_id       VARCHAR(36)  NOT NULL,
    plan_version  BIGINT,
    subject_id    VARCHAR(36),
    details       ${text_type} NOT NULL
);
CREATE INDEX audit_entries_plan ON audit_entries (plan_id, recorded_at);
CREATE INDEX audit_entries_subject ON audit_entries (subject_id);
CREATE INDEX audit_entries_time ON audit_entries (recorded_at);
