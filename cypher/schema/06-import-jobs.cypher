// Uploaded imports' jobs (GET /imports/:id), kept where every replica reads
// them: one job per id, and the finished ones found by age for the retention.
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX import_job_finished_at IF NOT EXISTS FOR (j:ImportJob) ON (j.finishedAt);
