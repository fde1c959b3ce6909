-- When a participant's result was first shown to the employer who registered them (SKI-4), and
-- the disclosure recorded for it: each result is logged once.
create table enrolment_result_disclosure (
	registration_id uuid not null primary key references enrolment_registration (id),
	disclosure_id uuid not null,
	disclosed_at timestamp with time zone not null
);
