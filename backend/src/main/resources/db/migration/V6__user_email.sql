-- Where a person's notices are also mailed, when SMTP is configured.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
