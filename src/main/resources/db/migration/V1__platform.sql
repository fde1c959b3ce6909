-- Demo data is loaded once per embedded database; this row says when.
create table platform_demo_data (
	loaded_at timestamp with time zone not null
);

-- Spring Modulith's event publication registry: the transactional outbox between modules.
create table event_publication (
	id uuid not null primary key,
	listener_id varchar(512) not null,
	event_type varchar(512) not null,
	serialized_event varchar not null,
	publication_date timestamp with time zone not null,
	completion_date timestamp with time zone,
	status varchar(20),
	completion_attempts int,
	last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
