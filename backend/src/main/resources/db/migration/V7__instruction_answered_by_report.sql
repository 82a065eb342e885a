-- A leader's instruction may be answered in the unit's next progress report.
ALTER TABLE instruction ADD COLUMN answered_by_report_id BIGINT REFERENCES progress_report (id) ON DELETE SET NULL;
CREATE INDEX ix_instruction_report ON instruction (answered_by_report_id);
