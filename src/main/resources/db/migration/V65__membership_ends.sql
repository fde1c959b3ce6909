-- A membership ends once its last day has passed (CES-4). The member record notes that its
-- end was announced to the modules that act on it, so that a daily job announces each end
-- once, whichever node runs it; records that ended before this column existed are announced
-- by the job's first run.
ALTER TABLE members_application ADD COLUMN end_announced BOOLEAN DEFAULT FALSE NOT NULL;

-- A place on a list of the information the law or the membership requires ends with the
-- membership that gave it (CES-2); the pack's rule counted from the end of membership reaches
-- it (CES-9).
ALTER TABLE outreach_subscription DROP CONSTRAINT outreach_subscription_end_ck;
ALTER TABLE outreach_subscription ADD CONSTRAINT outreach_subscription_end_ck
	CHECK (end_reason IS NULL OR end_reason IN ('UNSUBSCRIBED', 'BOUNCED', 'STAFF', 'MEMBERSHIP_ENDED'));
