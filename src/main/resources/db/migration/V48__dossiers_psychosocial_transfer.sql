-- A client's change of external prevention service, for its psychosocial files (Code on
-- well-being at work, book I, title 3, art. 34). The adviser handling a case records the
-- client's new service and the psychosocial prevention adviser there, as the client gave
-- them, with the client's letter if there is one (encrypted).
CREATE TABLE dossiers_psychosocial_change (
	id                  UUID          PRIMARY KEY,
	reference           VARCHAR(20)   NOT NULL,
	employer            VARCHAR(200)  NOT NULL,
	adviser_id          UUID          NOT NULL,
	new_service         VARCHAR(200)  NOT NULL,
	new_adviser         VARCHAR(100)  NOT NULL,
	new_adviser_address VARCHAR(200)  NOT NULL,
	changed_on          DATE          NOT NULL,
	letter_name         VARCHAR(200),
	letter_type         VARCHAR(100),
	letter_cipher       TEXT,
	recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT dossiers_psychosocial_change_reference_uk UNIQUE (reference)
);
CREATE INDEX dossiers_psychosocial_change_adviser_ix ON dossiers_psychosocial_change (adviser_id, recorded_at);

-- An open case: the day the applicant and the persons involved were told this service may no
-- longer deal with it (art. 34, 1°, a), and the transfer that handed it to the new service,
-- after which it is kept here for its retention and changed no more.
ALTER TABLE dossiers_psychosocial_case ADD COLUMN informed_on DATE;
ALTER TABLE dossiers_psychosocial_case ADD COLUMN handed_over_in UUID;

-- A closed case goes only on the new adviser's request, with the reason they gave (art. 34, 2°).
CREATE TABLE dossiers_psychosocial_copy_request (
	id            UUID          PRIMARY KEY,
	change_id     UUID          NOT NULL REFERENCES dossiers_psychosocial_change (id),
	case_id       UUID          NOT NULL REFERENCES dossiers_psychosocial_case (id),
	requested_on  DATE          NOT NULL,
	reason_cipher VARCHAR(1000) NOT NULL,
	recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT dossiers_psychosocial_copy_request_uk UNIQUE (change_id, case_id)
);
CREATE INDEX dossiers_psychosocial_copy_request_case_ix ON dossiers_psychosocial_copy_request (case_id);

-- Each package sent to the new adviser: how it was sealed and its checksum, never the package.
CREATE TABLE dossiers_psychosocial_transfer (
	id              UUID          PRIMARY KEY,
	reference       VARCHAR(20)   NOT NULL,
	change_id       UUID          NOT NULL REFERENCES dossiers_psychosocial_change (id),
	sealed_with     VARCHAR(12)   NOT NULL,
	key_fingerprint VARCHAR(64),
	files           INTEGER       NOT NULL,
	package_sha256  VARCHAR(64)   NOT NULL,
	made_at         TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT dossiers_psychosocial_transfer_reference_uk UNIQUE (reference),
	CONSTRAINT dossiers_psychosocial_transfer_sealed_ck CHECK (sealed_with IN ('PUBLIC_KEY', 'PASSPHRASE'))
);
CREATE INDEX dossiers_psychosocial_transfer_change_ix ON dossiers_psychosocial_transfer (change_id, made_at);

-- Which cases went in which package.
CREATE TABLE dossiers_psychosocial_transferred (
	transfer_id UUID NOT NULL REFERENCES dossiers_psychosocial_transfer (id),
	case_id     UUID NOT NULL REFERENCES dossiers_psychosocial_case (id),
	PRIMARY KEY (transfer_id, case_id)
);
CREATE INDEX dossiers_psychosocial_transferred_case_ix ON dossiers_psychosocial_transferred (case_id);
