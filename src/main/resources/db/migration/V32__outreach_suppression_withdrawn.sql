-- An address whose owner withdrew their consent to a list's activity, or objected to it, stays
-- suppressed for that list when the subscription leaves, so that no import adds it back after
-- the person's own record is gone (GDPR Art. 21(3)).
ALTER TABLE outreach_suppression DROP CONSTRAINT outreach_suppression_reason_ck;
ALTER TABLE outreach_suppression ADD CONSTRAINT outreach_suppression_reason_ck
	CHECK (reason IN ('UNSUBSCRIBED', 'ERASED', 'BOUNCED', 'WITHDRAWN'));
