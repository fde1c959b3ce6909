-- The persons told of a high-risk breach (GDPR Art. 34, MEZ-7), kept apart from the
-- register, which describes breaches by kinds and counts. Each person is selected once per
-- breach (the key), with the language they are written to in and where their telling
-- stands: to be told, told (with when), without an e-mail address, or failed. Only the key
-- and the person are indexed, so that a status changes in place.
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
		CHECK (status IN ('SELECTED', 'TOLD', 'NO_ADDRESS', 'FAILED'))
);
CREATE INDEX incidents_breach_person_person_ix ON incidents_breach_person (person_id);

-- When the sending was last started for a breach: everyone selected by then and not told
-- is queued, and the sender works through them in the order of their ids, keeping the last
-- one it reached (through) and marking the sending done when none is left, so that it never
-- scans the persons of a breach twice nor any breach at rest; whoever is selected afterwards
-- waits for the next start, which begins again from the first. Queueing a hundred thousand
-- persons is one row.
CREATE TABLE incidents_breach_sending (
	breach_id UUID         PRIMARY KEY REFERENCES incidents_breach (id),
	queued_at TIMESTAMP WITH TIME ZONE NOT NULL,
	queued_by VARCHAR(100) NOT NULL,
	through   UUID,
	done      BOOLEAN      NOT NULL DEFAULT FALSE
);

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
