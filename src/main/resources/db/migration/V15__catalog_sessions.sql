-- What a course offers beyond its code and title: texts per language, length, price, the
-- certifying authority and accreditation, how long a certificate is valid, the attendance a
-- certificate needs, and until when a registration can be cancelled free of charge.
alter table catalog_course add column duration_hours integer default 0 not null;
alter table catalog_course add column price_cents bigint default 0 not null;
alter table catalog_course add column certifying_authority varchar(200);
alter table catalog_course add column accreditation varchar(100);
alter table catalog_course add column validity_months integer;
alter table catalog_course add column attendance_percent integer default 100 not null;
alter table catalog_course add column free_cancellation_days integer default 7 not null;

create table catalog_course_text (
	course_id uuid not null references catalog_course (id),
	language varchar(2) not null,
	title varchar(200) not null,
	description varchar(4000) not null,
	primary key (course_id, language)
);

create table catalog_room (
	id uuid not null primary key,
	name varchar(100) not null,
	address varchar(300) not null,
	capacity integer not null
);

create table catalog_session (
	id uuid not null primary key,
	course_id uuid not null references catalog_course (id),
	first_day date not null,
	last_day date not null,
	starts_at time not null,
	ends_at time not null,
	room_id uuid references catalog_room (id),
	online boolean not null,
	capacity integer not null,
	language varchar(2) not null,
	created_at timestamp with time zone not null
);

create index catalog_session_first_day on catalog_session (first_day);

create table catalog_session_trainer (
	session_id uuid not null references catalog_session (id),
	account_id uuid not null,
	primary key (session_id, account_id)
);
