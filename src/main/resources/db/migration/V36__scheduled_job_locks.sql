-- Every scheduled job runs on one node at a time (ShedLock, decision 012): a row per job,
-- held until lock_until, extended while a long job runs. It replaces the lease of the
-- retention sweeps.
CREATE TABLE shedlock (
	name       VARCHAR(64)  NOT NULL PRIMARY KEY,
	lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
	locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
	locked_by  VARCHAR(255) NOT NULL
);

DROP TABLE retention_lease;
