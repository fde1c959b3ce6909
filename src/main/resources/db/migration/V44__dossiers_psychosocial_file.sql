-- Psychosocial files of a prevention service: requests for formal psychosocial intervention
-- (Code on well-being at work, book I, title 3). The applicant's account of the facts, the
-- persons directly involved, the adviser's notes and the outcome are special-category data
-- under professional secrecy (MEN-5): each is encrypted in its column, bound to table,
-- column and row, and read only by the psychosocial prevention adviser handling the case
-- (MEN-11, MEN-18). A case is kept 20 years from the day the request was submitted (MEN-24).
CREATE TABLE dossiers_psychosocial_case (
	id              UUID          PRIMARY KEY,
	reference       VARCHAR(20)   NOT NULL,
	applicant_id    UUID          NOT NULL,
	employer        VARCHAR(200)  NOT NULL,
	kind            VARCHAR(12)   NOT NULL,
	submitted_on    DATE          NOT NULL,
	account_cipher  VARCHAR(16100) NOT NULL,
	involved_cipher VARCHAR(16100),
	adviser_id      UUID          NOT NULL,
	registered_by   VARCHAR(100)  NOT NULL,
	registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	status          VARCHAR(6)    NOT NULL,
	closed_on       DATE,
	outcome_cipher  VARCHAR(1000),
	CONSTRAINT dossiers_psychosocial_case_reference_uk UNIQUE (reference),
	CONSTRAINT dossiers_psychosocial_case_kind_ck CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL', 'HARASSMENT')),
	CONSTRAINT dossiers_psychosocial_case_status_ck CHECK (status IN ('OPEN', 'CLOSED')),
	CONSTRAINT dossiers_psychosocial_case_closed_ck
		CHECK (status = 'OPEN' OR (closed_on IS NOT NULL AND outcome_cipher IS NOT NULL))
);
CREATE INDEX dossiers_psychosocial_case_applicant_ix ON dossiers_psychosocial_case (applicant_id);
CREATE INDEX dossiers_psychosocial_case_adviser_ix ON dossiers_psychosocial_case (adviser_id, status);
CREATE INDEX dossiers_psychosocial_case_submitted_ix ON dossiers_psychosocial_case (submitted_on, id);

-- The adviser's dated notes on a case; each note's text is encrypted under its own row.
CREATE TABLE dossiers_psychosocial_note (
	id          UUID           PRIMARY KEY,
	case_id     UUID           NOT NULL REFERENCES dossiers_psychosocial_case (id),
	noted_on    DATE           NOT NULL,
	text_cipher VARCHAR(16100) NOT NULL,
	written_by  UUID           NOT NULL,
	written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dossiers_psychosocial_note_case_ix ON dossiers_psychosocial_note (case_id, noted_on);
