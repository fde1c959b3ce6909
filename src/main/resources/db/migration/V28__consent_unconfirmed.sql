-- Consent ticked on a public form counts only once the address is confirmed (double opt-in):
-- until then the choice is UNCONFIRMED. Consent staff record from a signed paper form or the
-- person's own e-mail keeps a reference to that proof.
ALTER TABLE consent_choice DROP CONSTRAINT consent_choice_kind_ck;
ALTER TABLE consent_choice ADD CONSTRAINT consent_choice_kind_ck CHECK (kind IN ('GIVEN', 'UNCONFIRMED', 'WITHDRAWN', 'OBJECTED'));
ALTER TABLE consent_choice DROP CONSTRAINT consent_choice_channel_ck;
ALTER TABLE consent_choice ADD CONSTRAINT consent_choice_channel_ck
	CHECK (channel IN ('FORM', 'PORTAL', 'PAPER', 'EMAIL', 'IMPORT', 'EMAIL_LINK', 'STAFF'));
ALTER TABLE consent_choice ADD COLUMN reference VARCHAR(300);
