-- Health surveillance for a prevention service (MEN-5, MEN-11, MEN-17, MEN-24): a worker's
-- health file per employer in the four sections of the Code on well-being at work (Book I,
-- Title 4). Section 1 (identification, workstation, dates) is plain; section 2 (occupational
-- history and objective data) and section 3 (the occupational physician's own notes) are
-- encrypted per column, bound to table, column and row; section 4 (exposure of a workstation
-- to agents) belongs to the workstation, shared by every worker assigned to it. The employer
-- receives the conclusion of an assessment alone, never the findings.

-- Section 4: a workstation or activity of a client organisation and what it exposes to.
CREATE TABLE dossiers_workstation (
	id              UUID          PRIMARY KEY,
	organisation_id UUID          NOT NULL,
	name            VARCHAR(200)  NOT NULL,
	exposure        VARCHAR(2000),
	changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT dossiers_workstation_name_uk UNIQUE (organisation_id, name)
);

-- Sections 1 and 2: one file per worker per employer. last_contact_on is the day of the last
-- examination or entry; the file is kept 40 years from it (MEN-24).
CREATE TABLE dossiers_health_file (
	id               UUID          PRIMARY KEY,
	reference        VARCHAR(20)   NOT NULL,
	worker_id        UUID          NOT NULL,
	organisation_id  UUID          NOT NULL,
	workstation_id   UUID          REFERENCES dossiers_workstation (id),
	job_function     VARCHAR(200),
	employed_since   DATE,
	opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
	opened_by        UUID          NOT NULL,
	department_id    UUID          REFERENCES dossiers_department (id),
	physician_id     UUID          NOT NULL,
	assigned_at      TIMESTAMP WITH TIME ZONE,
	assigned_by      VARCHAR(100),
	history_cipher   VARCHAR(16100),
	last_contact_on  DATE          NOT NULL,
	CONSTRAINT dossiers_health_file_reference_uk UNIQUE (reference),
	CONSTRAINT dossiers_health_file_worker_uk UNIQUE (worker_id, organisation_id)
);
CREATE INDEX dossiers_health_file_physician_ix ON dossiers_health_file (physician_id);
CREATE INDEX dossiers_health_file_department_ix ON dossiers_health_file (department_id);
CREATE INDEX dossiers_health_file_workstation_ix ON dossiers_health_file (workstation_id);
CREATE INDEX dossiers_health_file_contact_ix ON dossiers_health_file (last_contact_on, id);

-- Section 2: an examination with its form. The findings stay with the physician; the
-- conclusion (decision, measures, next assessment) goes to the employer and the worker.
CREATE TABLE dossiers_health_examination (
	id                UUID          PRIMARY KEY,
	file_id           UUID          NOT NULL REFERENCES dossiers_health_file (id),
	form              VARCHAR(20)   NOT NULL,
	examined_on       DATE          NOT NULL,
	physician_id      UUID          NOT NULL,
	findings_cipher   VARCHAR(16100),
	conclusion_cipher VARCHAR(4400) NOT NULL,
	recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
	issued_at         TIMESTAMP WITH TIME ZONE,
	disclosure_id     UUID,
	handed_at         TIMESTAMP WITH TIME ZONE,
	CONSTRAINT dossiers_health_examination_form_ck CHECK (form IN ('HEALTH_ASSESSMENT', 'REINTEGRATION'))
);
CREATE INDEX dossiers_health_examination_file_ix ON dossiers_health_examination (file_id, examined_on);

-- Section 3: the occupational physician's personal notes, read by their author alone.
CREATE TABLE dossiers_health_note (
	id          UUID          PRIMARY KEY,
	file_id     UUID          NOT NULL REFERENCES dossiers_health_file (id),
	author_id   UUID          NOT NULL,
	written_on  DATE          NOT NULL,
	note_cipher VARCHAR(16100) NOT NULL,
	written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dossiers_health_note_file_ix ON dossiers_health_note (file_id, author_id);
