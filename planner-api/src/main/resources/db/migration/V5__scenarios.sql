-- A scenario is an ordinary plan derived from another: the parent and its version it was derived from, and the recipe
-- (the request's JSON) that derived it. No foreign key: deleting a parent keeps its scenarios, which keep saying where
-- they came from.
ALTER TABLE plans ADD COLUMN parent_id VARCHAR(36);
ALTER TABLE plans ADD COLUMN parent_version BIGINT;
ALTER TABLE plans ADD COLUMN recipe ${text_type};
CREATE INDEX plans_parent ON plans (parent_id, created_at);
