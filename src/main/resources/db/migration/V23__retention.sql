-- Each run of the retention sweeps, scheduled or started by the DPO, for real or as a dry run,
-- and per rule what it reached: counts, kinds and durations, never who.
create table retention_run (
	id uuid not null primary key,
	dry_run boolean not null,
	started_by varchar(100),
	node varchar(100) not null,
	started_at timestamp with time zone not null,
	finished_at timestamp with time zone,
	outcome varchar(16) not null,
	constraint retention_run_outcome_ck check (outcome in ('RUNNING', 'DONE', 'FAILED', 'STOPPED'))
);

create index retention_run_started on retention_run (started_at);

create table retention_run_rule (
	run_id uuid not null references retention_run (id),
	position integer not null,
	activity varchar(100) not null,
	rule_text varchar(200) not null,
	module varchar(50),
	kind varchar(100),
	cutoff date,
	reached bigint not null,
	held bigint not null,
	duration_ms bigint not null,
	outcome varchar(16) not null,
	failure varchar(300),
	primary key (run_id, position),
	constraint retention_run_rule_outcome_ck check (outcome in ('WAITING', 'RUNNING', 'DONE', 'FAILED', 'STOPPED', 'NOT_HELD_HERE'))
);

-- Legal holds placed by staff: while one is in force, no sweep touches the person's records.
create table retention_hold (
	id uuid not null primary key,
	person_id uuid not null,
	reason varchar(20) not null,
	note varchar(500),
	placed_by varchar(100) not null,
	placed_at timestamp with time zone not null,
	lifted_by varchar(100),
	lifted_at timestamp with time zone,
	constraint retention_hold_reason_ck check (reason in ('DISPUTE', 'UNPAID_INVOICE', 'AUTHORITY_REQUEST'))
);

create index retention_hold_person on retention_hold (person_id);

-- Who runs the sweeps now, on which node, until when: one run at a time across all nodes.
create table retention_lease (
	name varchar(50) not null primary key,
	holder varchar(100),
	held_until timestamp with time zone not null
);

insert into retention_lease (name, holder, held_until) values ('sweeps', null, timestamp with time zone '1970-01-01 00:00:00+00');
