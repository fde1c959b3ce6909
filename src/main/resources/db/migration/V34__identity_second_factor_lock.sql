-- Wrong second-factor codes are counted per account, across sessions; past the limit the
-- second factor is locked for a time that doubles with each lock (ASVS 6.3.1).
ALTER TABLE identity_account ADD COLUMN second_factor_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE identity_account ADD COLUMN second_factor_locks INTEGER NOT NULL DEFAULT 0;
ALTER TABLE identity_account ADD COLUMN second_factor_locked_until TIMESTAMP WITH TIME ZONE;
