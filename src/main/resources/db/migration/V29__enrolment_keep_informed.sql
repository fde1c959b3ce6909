-- The "keep me informed" box ticked on the public registration form counts once the person follows
-- the link in their confirmation mail (double opt-in); the link's token, by hash, until then.
ALTER TABLE enrolment_registration ADD COLUMN keep_informed_token_hash VARCHAR(64);
CREATE INDEX enrolment_registration_keep_informed_ix ON enrolment_registration (keep_informed_token_hash);
