-- A re-plan names the earlier solve job whose roadmap it started from; no foreign key: that job may be of another
-- plan (the parent of a scenario) and may be deleted with it, while the re-plan keeps saying where it came from.
ALTER TABLE solve_jobs ADD COLUMN baseline_job_id VARCHAR(36);
