-- The persons told of a high-risk breach (GDPR Art. 34, MEZ-7), kept apart from the
-- register, which describes breaches by kinds and counts. Each person is selected once per
-- breach (the key), with the language they are written to in and where their telling
-- stands: to be told, queued, told (with when), without an e-mail address, or failed.
CREATE TABLE incidents_breach_person (
	breach_id   UUID         NOT NULL REFERENCES incidents_breach (id),
	person_id   UUID         NOT NULL,
	language    VARCHAR(2)   NOT NULL,
	status      VARCHAR(12)  NOT NULL,
	selected_by VARCHAR(100) NOT NULL,
	selected_at TIMESTAMP WITH TIME ZONE NOT NULL,
	told_at     TIMESTAMP WITH TIME ZONE,
	CONSTRAINT incidents_breach_person_pk PRIMARY KEY (breach_id, person_id),
	CONSTRAINT incidents_breach_person_status_ck
		CHECK (status IN ('SELECTED', 'QUEUED', 'TOLD', 'NO_ADDRESS', 'FAILED'))
);
CREATE INDEX incidents_breach_person_person_ix ON incidents_breach_person (person_id);
CREATE INDEX incidents_breach_person_status_ix ON incidents_breach_person (status, breach_id, person_id);

-- The notice to the persons, one text per language the selection needs, written or
-- confirmed by the data protection officer (Art. 34(2)).
CREATE TABLE incidents_breach_notice (
	breach_id  UUID          NOT NULL REFERENCES incidents_breach (id),
	language   VARCHAR(2)    NOT NULL,
	subject    VARCHAR(200)  NOT NULL,
	body       VARCHAR(8000) NOT NULL,
	written_by VARCHAR(100)  NOT NULL,
	written_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT incidents_breach_notice_pk PRIMARY KEY (breach_id, language)
);
