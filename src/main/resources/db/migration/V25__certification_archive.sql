-- The day a certificate moved to the restricted archive (MEZ-8), read only with the archive
-- permission; and the day it was anonymised, after which it names nobody and points at no
-- registration, keeping the course and dates for statistics.
alter table certification_certificate add column archived_on date;
alter table certification_certificate add column anonymised_on date;
alter table certification_certificate alter column person_id drop not null;
alter table certification_certificate alter column registration_id drop not null;
