-- Mail that must not be lost when the mail server is away (confirmations, certificates): queued
-- in the same transaction as the change it reports, sent shortly after, retried with a growing
-- pause, and deleted once delivered.
create table platform_mail (
	id uuid not null primary key,
	recipient varchar(320) not null,
	subject varchar(500) not null,
	body varchar(100000) not null,
	queued_at timestamp with time zone not null,
	attempts integer default 0 not null,
	next_attempt_at timestamp with time zone not null,
	last_error varchar(300)
);

create index platform_mail_due on platform_mail (next_attempt_at);

create table platform_mail_attachment (
	mail_id uuid not null references platform_mail (id) on delete cascade,
	position integer not null,
	name varchar(200) not null,
	content_type varchar(200) not null,
	content varchar(10000000) not null,
	primary key (mail_id, position)
);
