-- CSV imports of persons: checked first (dry run), stored only when confirmed. The file is
-- kept only until the import is confirmed or discarded, then emptied.
CREATE TABLE people_import (
	id             UUID PRIMARY KEY,
	file_name      VARCHAR(200) NOT NULL,
	content        BYTEA,
	provenance     VARCHAR(20)  NOT NULL,
	status         VARCHAR(20)  NOT NULL,
	total_rows     INTEGER      NOT NULL DEFAULT 0,
	processed_rows INTEGER      NOT NULL DEFAULT 0,
	valid_rows     INTEGER      NOT NULL DEFAULT 0,
	imported_rows  INTEGER      NOT NULL DEFAULT 0,
	started_by     VARCHAR(100) NOT NULL,
	created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
	finished_at    TIMESTAMP WITH TIME ZONE,
	CONSTRAINT people_import_status_ck
		CHECK (status IN ('CHECKING', 'CHECKED', 'IMPORTING', 'IMPORTED', 'DISCARDED', 'FAILED'))
);

-- What is wrong with a row: its line, the column and a message code; never the value itself.
CREATE TABLE people_import_error (
	import_id   UUID         NOT NULL REFERENCES people_import (id) ON DELETE CASCADE,
	line        INTEGER      NOT NULL,
	column_name VARCHAR(40)  NOT NULL,
	code        VARCHAR(60)  NOT NULL
);
CREATE INDEX people_import_error_import_ix ON people_import_error (import_id, line);
