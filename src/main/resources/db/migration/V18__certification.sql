-- Certificates issued on completion (MEZ-8: kept in a restricted archive, reachable only by the
-- roles of the pack's certification activity). The holder's name, the course and the dates are
-- copied at issue: a certificate is a document and does not change with the records behind it.
create table certification_certificate (
	id uuid not null primary key,
	registration_id uuid not null references enrolment_registration (id),
	person_id uuid not null,
	session_id uuid not null references catalog_session (id),
	code varchar(14) not null,
	holder_name varchar(300) not null,
	course_code varchar(32) not null,
	course_title varchar(200) not null,
	completed_on date not null,
	valid_until date,
	issued_at timestamp with time zone not null,
	reminded_at timestamp with time zone,
	constraint certification_certificate_code unique (code),
	constraint certification_certificate_once unique (registration_id)
);

create index certification_certificate_person on certification_certificate (person_id);
create index certification_certificate_session on certification_certificate (session_id);
create index certification_certificate_valid_until on certification_certificate (valid_until);
