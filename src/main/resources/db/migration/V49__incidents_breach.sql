-- The register of personal-data breaches (GDPR Art. 33(5)), kept by the data protection
-- officer: every incident, notified or not, as a description (what happened, which kinds
-- of data and of persons, about how many), never the persons affected themselves. The
-- clocks are counted from discovered_at with the active pack's hours; the authority's clock
-- stops at the first submission, the clients' when they were contacted.
CREATE TABLE incidents_breach (
	id                  UUID          PRIMARY KEY,
	reference           VARCHAR(20)   NOT NULL UNIQUE,
	title               VARCHAR(200)  NOT NULL,
	what_happened       VARCHAR(4000) NOT NULL,
	began_at            TIMESTAMP WITH TIME ZONE,
	discovered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
	data_categories     VARCHAR(4000) NOT NULL,
	person_categories   VARCHAR(4000) NOT NULL,
	persons_approx      INTEGER,
	records_approx      INTEGER,
	consequences        VARCHAR(4000),
	measures_taken      VARCHAR(4000),
	measures_planned    VARCHAR(4000),
	risk                VARCHAR(10)   NOT NULL,
	risk_reasoning      VARCHAR(4000) NOT NULL,
	clients_contacted_at TIMESTAMP WITH TIME ZONE,
	recorded_by         VARCHAR(100)          NOT NULL,
	recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
	changed_by          VARCHAR(100),
	changed_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX incidents_breach_discovered_ix ON incidents_breach (discovered_at);

-- Each submission of the notification to the supervisory authority, in phases (Art. 33(4)):
-- the initial notification, then complements.
CREATE TABLE incidents_breach_submission (
	id           UUID         PRIMARY KEY,
	breach_id    UUID         NOT NULL REFERENCES incidents_breach (id),
	phase        VARCHAR(20)  NOT NULL,
	submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
	authority_reference VARCHAR(200),
	recorded_by  VARCHAR(100)         NOT NULL,
	recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incidents_breach_submission_breach_ix ON incidents_breach_submission (breach_id);

-- The reminders sent to the data protection officers before a clock passes (ALL-4), one
-- row each, claimed before the mail is queued so that none goes out twice.
CREATE TABLE incidents_breach_reminder (
	breach_id    UUID        NOT NULL REFERENCES incidents_breach (id),
	clock        VARCHAR(20) NOT NULL,
	hours_before INTEGER     NOT NULL,
	sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT incidents_breach_reminder_pk PRIMARY KEY (breach_id, clock, hours_before)
);

-- The client organisations whose workers a breach concerns, and when each was told
-- (MEN-23: the client is notified without undue delay).
CREATE TABLE incidents_breach_client (
	breach_id         UUID         NOT NULL REFERENCES incidents_breach (id),
	organisation_id   UUID         NOT NULL,
	organisation_name VARCHAR(200) NOT NULL,
	listed_by         VARCHAR(100) NOT NULL,
	listed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
	told_at           TIMESTAMP WITH TIME ZONE,
	told_by           VARCHAR(100),
	CONSTRAINT incidents_breach_client_pk PRIMARY KEY (breach_id, organisation_id)
);
