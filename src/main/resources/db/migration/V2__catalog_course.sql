create table catalog_course (
	id uuid not null primary key,
	code varchar(32) not null,
	title varchar(200) not null,
	language varchar(2) not null,
	certified boolean not null,
	created_at timestamp with time zone not null,
	constraint catalog_course_code_unique unique (code)
);
