-- Data-subject requests (GDPR Art. 12-22): the request file is kept as proof that each request
-- was answered, on time, by whom. The requester's own words, name and address are personal data
-- of the person the request is about; the identity document scanned at intake is encrypted and
-- removed once the request is closed.
create table requests_request (
	id uuid not null primary key,
	person_id uuid,
	request_right varchar(20) not null,
	file_kind varchar(20) not null,
	channel varchar(20) not null,
	requester_name varchar(300) not null,
	requester_email varchar(320),
	details varchar(4000),
	language varchar(8),
	received_on date not null,
	due_on date not null,
	extended_to date,
	extension_reason varchar(2000),
	status varchar(30) not null,
	verification varchar(20),
	verification_note varchar(2000),
	verified_at timestamp with time zone,
	challenge_hash varchar(64),
	challenge_expires_at timestamp with time zone,
	document_name varchar(200),
	document_type varchar(100),
	document_cipher text,
	outcome varchar(4000),
	refusal_reason varchar(2000),
	reminded_on date,
	created_at timestamp with time zone not null,
	closed_at timestamp with time zone
);

create index requests_request_person on requests_request (person_id);
create index requests_request_status on requests_request (status, due_on);
create unique index requests_request_challenge on requests_request (challenge_hash);

-- Every step of a request, in order: the proof of what was done and when.
create table requests_step (
	id uuid not null primary key,
	request_id uuid not null references requests_request (id),
	happened_at timestamp with time zone not null,
	actor varchar(100) not null,
	step varchar(40) not null,
	note varchar(4000)
);

create index requests_step_request on requests_step (request_id, happened_at);

-- Recipients and processors that received the person's data, told of a rectification,
-- erasure or restriction (Art. 19).
create table requests_recipient_notice (
	request_id uuid not null references requests_request (id),
	recipient varchar(300) not null,
	told_at timestamp with time zone,
	told_by varchar(100),
	primary key (request_id, recipient)
);

-- Expiring links to the overview and the exports of an access or portability request.
create table requests_download (
	token_hash varchar(64) not null primary key,
	request_id uuid not null references requests_request (id),
	expires_at timestamp with time zone not null
);
