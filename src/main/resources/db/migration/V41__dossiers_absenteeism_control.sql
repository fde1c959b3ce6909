-- Medical inspection: absenteeism control on behalf of employers (CER-1 to CER-14). What the
-- employer tells of the incapacity (CER-4) and the physician's findings are health data
-- (MEN-5): each is encrypted in its column, bound to table, column and row, and read only by
-- the physician the control is assigned to and the head of that physician's department
-- (MEN-11). The employer learns only the conclusion.

-- The service's physicians, by department; the head of a department reads every file of it
-- and assigns its controls.
CREATE TABLE dossiers_department (
	id         UUID         PRIMARY KEY,
	name       VARCHAR(200) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT dossiers_department_name_uk UNIQUE (name)
);

CREATE TABLE dossiers_department_member (
	department_id UUID    NOT NULL REFERENCES dossiers_department (id),
	account_id    UUID    NOT NULL,
	head          BOOLEAN NOT NULL DEFAULT FALSE,
	CONSTRAINT dossiers_department_member_pk PRIMARY KEY (department_id, account_id)
);
CREATE INDEX dossiers_department_member_account_ix ON dossiers_department_member (account_id, head);

-- An employer's order, its assignment and visit, and the envelope of the report. The
-- employer's own number for the worker (personnel or substitute number, CER-14) belongs to
-- that employer: it is kept here with a blind index scoped to the employer.
CREATE TABLE dossiers_control (
	id                      UUID          PRIMARY KEY,
	reference               VARCHAR(20)   NOT NULL,
	worker_id               UUID          NOT NULL,
	organisation_id         UUID          NOT NULL,
	ordered_by              UUID,
	channel                 VARCHAR(10)   NOT NULL,
	ordered_at              TIMESTAMP WITH TIME ZONE NOT NULL,
	entered_by              VARCHAR(100)  NOT NULL,
	employee_number_kind    VARCHAR(20),
	employee_number_cipher  VARCHAR(200),
	employee_number_index   VARCHAR(64),
	stay_postcode           VARCHAR(12)   NOT NULL,
	stay_country            VARCHAR(2)    NOT NULL,
	stay_cipher             VARCHAR(1400) NOT NULL,
	incapacity_cipher       VARCHAR(700)  NOT NULL,
	attending_doctor_cipher VARCHAR(1800),
	status                  VARCHAR(12)   NOT NULL,
	department_id           UUID          REFERENCES dossiers_department (id),
	physician_id            UUID,
	assigned_at             TIMESTAMP WITH TIME ZONE,
	assigned_by             VARCHAR(100),
	visit_kind              VARCHAR(12),
	visit_at                TIMESTAMP WITH TIME ZONE,
	visit_place             VARCHAR(300),
	reported_at             TIMESTAMP WITH TIME ZONE,
	report_disclosure_id    UUID,
	incident_on             DATE,
	CONSTRAINT dossiers_control_reference_uk UNIQUE (reference),
	CONSTRAINT dossiers_control_channel_ck CHECK (channel IN ('PORTAL', 'API', 'STAFF')),
	CONSTRAINT dossiers_control_number_kind_ck
		CHECK (employee_number_kind IN ('PERSONNEL_NUMBER', 'SUBSTITUTE_NUMBER')),
	CONSTRAINT dossiers_control_status_ck
		CHECK (status IN ('ORDERED', 'ASSIGNED', 'PLANNED', 'EXAMINED', 'REPORTED', 'CANCELLED')),
	CONSTRAINT dossiers_control_visit_ck CHECK (visit_kind IN ('HOME_VISIT', 'CONVOCATION')),
	CONSTRAINT dossiers_control_assigned_ck
		CHECK (status IN ('ORDERED', 'CANCELLED') OR (physician_id IS NOT NULL AND department_id IS NOT NULL))
);
CREATE INDEX dossiers_control_worker_ix ON dossiers_control (worker_id);
CREATE INDEX dossiers_control_physician_ix ON dossiers_control (physician_id, status);
CREATE INDEX dossiers_control_department_ix ON dossiers_control (department_id, status);
CREATE INDEX dossiers_control_organisation_ix ON dossiers_control (organisation_id, ordered_at);
CREATE INDEX dossiers_control_number_ix ON dossiers_control (organisation_id, employee_number_index);
CREATE INDEX dossiers_control_incident_ix ON dossiers_control (incident_on, id);

-- The controlling physician's findings. Only the conclusion (justified or not, until when,
-- when work can resume) ever reaches the employer; the findings stay with the physician
-- (CER-1; Act of 3 July 1978 on employment contracts, Art. 31).
CREATE TABLE dossiers_control_finding (
	control_id        UUID         PRIMARY KEY REFERENCES dossiers_control (id),
	examined_on       DATE         NOT NULL,
	conclusion_cipher VARCHAR(400) NOT NULL,
	findings_cipher   VARCHAR(16100),
	recorded_by       UUID         NOT NULL,
	recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
