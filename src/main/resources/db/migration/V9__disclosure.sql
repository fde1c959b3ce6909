-- Every disclosure of personal data to someone outside the organisation (MEN-4, MEN-12, Art. 30(1)(d)):
-- to whom, for which activity of the register and on which basis, which categories, when and by whom.
CREATE TABLE disclosure (
	id             UUID PRIMARY KEY,
	activity       VARCHAR(60)  NOT NULL,
	recipient      VARCHAR(200) NOT NULL,
	recipient_type VARCHAR(30)  NOT NULL,
	basis          VARCHAR(30)  NOT NULL,
	categories     VARCHAR(300) NOT NULL,
	reference      VARCHAR(100),
	disclosed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	disclosed_by   VARCHAR(100) NOT NULL
);
CREATE INDEX disclosure_time_ix ON disclosure (disclosed_at);

-- The persons whose data went out with a disclosure.
CREATE TABLE disclosure_person (
	disclosure_id UUID NOT NULL REFERENCES disclosure (id) ON DELETE CASCADE,
	person_id     UUID NOT NULL,
	PRIMARY KEY (disclosure_id, person_id)
);
CREATE INDEX disclosure_person_person_ix ON disclosure_person (person_id);
