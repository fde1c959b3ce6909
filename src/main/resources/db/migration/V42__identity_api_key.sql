-- Keys with which a client's HR contact orders absenteeism controls from the employer's own
-- systems (the portal account has no password for HTTP Basic). Only a SHA-256 of each key is
-- kept: the key itself is shown once, when it is made.
CREATE TABLE identity_api_key (
	id           UUID         PRIMARY KEY,
	account_id   UUID         NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
	name         VARCHAR(200) NOT NULL,
	key_hash     VARCHAR(64)  NOT NULL,
	created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	last_used_at TIMESTAMP WITH TIME ZONE,
	revoked_at   TIMESTAMP WITH TIME ZONE,
	CONSTRAINT identity_api_key_hash_uk UNIQUE (key_hash)
);
CREATE INDEX identity_api_key_account_ix ON identity_api_key (account_id);
