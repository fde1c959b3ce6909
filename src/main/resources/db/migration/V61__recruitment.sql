-- A vacancy staff opened (SKI-2): its title, the last day applications are taken (none: until
-- it is closed) and the day staff closed its procedure, from which the pack's rule counts how
-- long its applications are kept. It names no applicant.
CREATE TABLE recruitment_vacancy (
	id                 UUID          PRIMARY KEY,
	title              VARCHAR(200)  NOT NULL,
	closes_on          DATE,
	opened_by          VARCHAR(100)  NOT NULL,
	opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
	procedure_ended_on DATE,
	ended_by           VARCHAR(100)
);

-- An application sent through the public form for an open vacancy: who applied (a person of
-- the people module, found by their address or registered from the form), what they wrote,
-- their CV (a PDF, encrypted under its row) and whether they ticked the box to keep it for
-- other vacancies, with the words of that box as shown. The same form sent twice is stored
-- once (fingerprint). It goes with its vacancy's retention: four weeks after the end of the
-- procedure, or a year with the box ticked, as the pack says.
CREATE TABLE recruitment_application (
	id               UUID          PRIMARY KEY,
	vacancy_id       UUID          NOT NULL REFERENCES recruitment_vacancy (id),
	person_id        UUID,
	first_name       VARCHAR(100)  NOT NULL,
	last_name        VARCHAR(100)  NOT NULL,
	email            VARCHAR(254)  NOT NULL,
	phone            VARCHAR(40),
	motivation       VARCHAR(4000),
	cv_name          VARCHAR(200)  NOT NULL,
	cv_size          INTEGER       NOT NULL,
	cv_cipher        TEXT          NOT NULL,
	kept_longer      BOOLEAN       DEFAULT FALSE NOT NULL,
	kept_longer_words VARCHAR(4000),
	language         VARCHAR(5)    NOT NULL,
	fingerprint      VARCHAR(64)   NOT NULL,
	received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	restricted       BOOLEAN       DEFAULT FALSE NOT NULL,
	CONSTRAINT recruitment_application_fingerprint_uk UNIQUE (fingerprint),
	CONSTRAINT recruitment_application_words_ck CHECK (kept_longer = FALSE OR kept_longer_words IS NOT NULL)
);
CREATE INDEX recruitment_application_vacancy_ix ON recruitment_application (vacancy_id);
CREATE INDEX recruitment_application_person_ix ON recruitment_application (person_id);
