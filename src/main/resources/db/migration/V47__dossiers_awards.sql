-- Award candidacies and project dossiers of a quality network (VCK-5): confidential, read
-- only by the jurors assigned to the award once each has signed the confidentiality
-- statement, and kept five years from the day the candidacy was received. The dossier's
-- summary and its document are encrypted, each bound to table, column and row; the
-- coordinator who registers a candidacy sees its envelope alone.
CREATE TABLE dossiers_award (
	id         UUID         PRIMARY KEY,
	name       VARCHAR(200) NOT NULL,
	award_year INTEGER      NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT dossiers_award_name_uk UNIQUE (name, award_year)
);

-- The jurors of an award, and when each signed the confidentiality statement, in which
-- wording: a juror who has not signed reads nothing.
CREATE TABLE dossiers_award_juror (
	award_id          UUID         NOT NULL REFERENCES dossiers_award (id),
	account_id        UUID         NOT NULL,
	assigned_by       VARCHAR(100) NOT NULL,
	assigned_at       TIMESTAMP WITH TIME ZONE NOT NULL,
	signed_at         TIMESTAMP WITH TIME ZONE,
	statement_version VARCHAR(20),
	CONSTRAINT dossiers_award_juror_pk PRIMARY KEY (award_id, account_id)
);
CREATE INDEX dossiers_award_juror_account_ix ON dossiers_award_juror (account_id);

CREATE TABLE dossiers_candidacy (
	id              UUID         PRIMARY KEY,
	award_id        UUID         NOT NULL REFERENCES dossiers_award (id),
	candidate_id    UUID         NOT NULL,
	organisation_id UUID,
	title           VARCHAR(300) NOT NULL,
	received_on     DATE         NOT NULL,
	summary_cipher  TEXT         NOT NULL,
	document_name   VARCHAR(200),
	document_cipher TEXT,
	entered_by      VARCHAR(100) NOT NULL,
	entered_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dossiers_candidacy_award_ix ON dossiers_candidacy (award_id);
CREATE INDEX dossiers_candidacy_candidate_ix ON dossiers_candidacy (candidate_id);
CREATE INDEX dossiers_candidacy_received_ix ON dossiers_candidacy (received_on);
