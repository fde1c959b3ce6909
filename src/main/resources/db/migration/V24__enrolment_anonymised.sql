-- An anonymised registration keeps the session, organisation, status and attendance for
-- statistics (SKI-3, SKI-10), and no longer names its participant.
alter table enrolment_registration alter column participant_id drop not null;
alter table enrolment_registration add column anonymised_on date;
