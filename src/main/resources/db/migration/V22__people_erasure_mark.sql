-- What stays of a person erased at their request, so that no import or form adds them again:
-- a keyed hash of each e-mail address they had, or, where the policy pack says so (VCK-12), their
-- name with a note of the request.
create table people_erasure_mark (
	id uuid not null primary key,
	email_hash varchar(64),
	first_name varchar(100),
	last_name varchar(200),
	search_name varchar(300),
	note varchar(2000),
	erased_on date not null
);

create index people_erasure_mark_email on people_erasure_mark (email_hash);
create index people_erasure_mark_name on people_erasure_mark (search_name);
