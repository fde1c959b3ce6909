-- The end of a client contract, closed out by the DPO within the month after it (MEN-21,
-- CER-10): what was deleted, transferred and kept, with the reason, and which processors and
-- third parties were told. The organisation is a company; the lines hold counts, never persons.
create table retention_contract_end (
	id uuid not null primary key,
	organisation_id uuid not null,
	organisation_name varchar(200) not null,
	contract_ended_on date not null,
	due_on date not null,
	transferred boolean not null,
	closed_by varchar(100) not null,
	closed_at timestamp with time zone not null,
	constraint retention_contract_end_once unique (organisation_id, contract_ended_on)
);

create table retention_contract_line (
	contract_end_id uuid not null references retention_contract_end (id),
	position integer not null,
	outcome varchar(12) not null,
	kind varchar(100) not null,
	records integer not null,
	reason varchar(500),
	primary key (contract_end_id, position),
	constraint retention_contract_line_outcome_ck check (outcome in ('DELETED', 'TRANSFERRED', 'KEPT'))
);

create table retention_contract_notice (
	contract_end_id uuid not null references retention_contract_end (id),
	recipient varchar(200) not null,
	told_by varchar(100),
	told_at timestamp with time zone,
	primary key (contract_end_id, recipient)
);
