-- The day a certificate moved to the restricted archive (MEZ-8), read only with the archive permission.
alter table certification_certificate add column archived_on date;
