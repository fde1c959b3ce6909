-- Registrations for sessions: who takes part, who registered them (themselves, their employer's
-- contact, or staff), for which organisation, where it came from (address and agent for the
-- public form, MEZ-1), and the remark (health data, encrypted, removed after the session).
create table enrolment_registration (
	id uuid not null primary key,
	session_id uuid not null references catalog_session (id),
	participant_id uuid not null,
	registrant_id uuid,
	organisation_id uuid,
	status varchar(16) not null,
	source varchar(16) not null,
	ip_address varchar(64),
	user_agent varchar(300),
	remark varchar(8000),
	cancel_token_hash varchar(64),
	registered_at timestamp with time zone not null,
	cancelled_at timestamp with time zone,
	cancelled_by varchar(16),
	late_cancellation boolean default false not null,
	constraint enrolment_registration_status_ck check (status in ('CONFIRMED', 'WAITING', 'CANCELLED'))
);

create index enrolment_registration_session on enrolment_registration (session_id, status, registered_at);
create index enrolment_registration_participant on enrolment_registration (participant_id);
create index enrolment_registration_registrant on enrolment_registration (registrant_id);
create unique index enrolment_registration_cancel_token on enrolment_registration (cancel_token_hash);

-- Attendance per session day, with the signature drawn on the trainer's tablet (a PNG data URL).
create table enrolment_attendance (
	registration_id uuid not null references enrolment_registration (id),
	session_day date not null,
	present boolean not null,
	signature varchar(200000),
	recorded_by uuid,
	recorded_at timestamp with time zone not null,
	primary key (registration_id, session_day)
);

-- The link each participant gets to evaluate the session; the answers themselves are kept apart
-- without any link to the participant, so results can only be shown as aggregates (MEN-8).
create table enrolment_evaluation_invite (
	registration_id uuid not null primary key references enrolment_registration (id),
	token_hash varchar(64) not null,
	sent_at timestamp with time zone not null,
	answered boolean default false not null,
	constraint enrolment_evaluation_invite_token unique (token_hash)
);

create table enrolment_evaluation (
	id uuid not null primary key,
	session_id uuid not null references catalog_session (id),
	trainer_score integer not null,
	content_score integer not null,
	organisation_score integer not null,
	comment varchar(2000),
	answered_on date not null
);

create index enrolment_evaluation_session on enrolment_evaluation (session_id);
