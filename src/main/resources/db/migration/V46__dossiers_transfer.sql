-- Transfers of a client's files to its new external prevention service (MEN-20), each on the
-- written request of that service's director of medical supervision: the letter is kept,
-- encrypted, with what was sent and how it was sealed. The package itself is not kept.
CREATE TABLE dossiers_transfer (
	id                UUID         PRIMARY KEY,
	reference         VARCHAR(20)  NOT NULL,
	organisation_id   UUID         NOT NULL,
	receiving_service VARCHAR(200) NOT NULL,
	director          VARCHAR(100) NOT NULL,
	letter_date       DATE         NOT NULL,
	letter_name       VARCHAR(200) NOT NULL,
	letter_type       VARCHAR(100) NOT NULL,
	letter_cipher     TEXT         NOT NULL,
	sealed_with       VARCHAR(12)  NOT NULL,
	key_fingerprint   VARCHAR(64),
	files             INTEGER      NOT NULL,
	workers           INTEGER      NOT NULL,
	package_sha256    VARCHAR(64)  NOT NULL,
	made_by           VARCHAR(100) NOT NULL,
	made_at           TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT dossiers_transfer_reference_uk UNIQUE (reference),
	CONSTRAINT dossiers_transfer_sealed_ck CHECK (sealed_with IN ('PUBLIC_KEY', 'PASSPHRASE'))
);
CREATE INDEX dossiers_transfer_organisation_ix ON dossiers_transfer (organisation_id, made_at);
