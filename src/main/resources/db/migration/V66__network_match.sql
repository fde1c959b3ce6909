-- Each expertise match that named members (VCK-8): the disclosure it was logged as, and the
-- member who asked and received the names, with the organisation they asked for, so that the
-- log answers to whom the names went. Kept for the purpose 'network' with the asker's other
-- network records, and erased with them.
CREATE TABLE network_match (
	disclosure_id   UUID         PRIMARY KEY,
	person_id       UUID         NOT NULL,
	organisation_id UUID,
	subject         VARCHAR(150) NOT NULL,
	named           INTEGER      NOT NULL,
	matched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT network_match_named_ck CHECK (named > 0)
);
CREATE INDEX network_match_person_ix ON network_match (person_id);
