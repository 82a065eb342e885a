-- Global search (GET /search): ILIKE '%text%' on the searched columns goes through trigram GIN
-- indexes, so a query of three or more characters reads only the rows that contain its trigrams
-- (pg_trgm takes Chinese characters as word characters). A two-character query has no trigram;
-- it is answered by a scan that stops once the search has the 1,001 matches it counts up to.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_task_title_trgm ON task USING gin (title gin_trgm_ops);
CREATE INDEX ix_task_content_trgm ON task USING gin (content gin_trgm_ops);
CREATE INDEX ix_unit_name_trgm ON responsibility_unit USING gin (name gin_trgm_ops);
CREATE INDEX ix_unit_code_trgm ON responsibility_unit USING gin (code gin_trgm_ops);
CREATE INDEX ix_report_text_trgm ON progress_report USING gin (text gin_trgm_ops);

-- Report hits come newest first; for a word with more matches than that, the page is read down
-- this index and stops when it is full.
CREATE INDEX ix_report_recent ON progress_report (period_start DESC, updated_at DESC, id DESC);
