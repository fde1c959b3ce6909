-- A membership application sent through the public form (CES-4): the organisation that
-- applies (its name, enterprise number and address), the contact person who applies for it
-- (a person of the people module, found by their address or registered from the form, with
-- their name, e-mail and function as given), and when it arrived. Staff decide it: accepted
-- (the organisation becomes a member from the day given, the contact person is linked to it)
-- or refused with a reason; an applicant may withdraw. Once accepted, the row is the member
-- record: the day the membership began and ended. The same application sent twice is stored
-- once (fingerprint). Kept as the pack's rule for the purpose 'membership' says, counted from
-- the end of the membership or, refused or withdrawn, from the decision.
CREATE TABLE members_application (
	id                UUID          PRIMARY KEY,
	organisation_name VARCHAR(200)  NOT NULL,
	enterprise_number VARCHAR(10),
	street            VARCHAR(200),
	postcode          VARCHAR(20),
	city              VARCHAR(100)  NOT NULL,
	country           VARCHAR(2)    NOT NULL,
	person_id         UUID,
	first_name        VARCHAR(100)  NOT NULL,
	last_name         VARCHAR(100)  NOT NULL,
	email             VARCHAR(320)  NOT NULL,
	job_function      VARCHAR(200),
	language          VARCHAR(5)    NOT NULL,
	fingerprint       VARCHAR(64)   NOT NULL,
	received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
	received_on       DATE          NOT NULL,
	decision          VARCHAR(10),
	decided_on        DATE,
	decided_by        VARCHAR(100),
	reason            VARCHAR(4000),
	organisation_id   UUID,
	member_from       DATE,
	member_until      DATE,
	restricted        BOOLEAN       DEFAULT FALSE NOT NULL,
	CONSTRAINT members_application_fingerprint_uk UNIQUE (fingerprint),
	CONSTRAINT members_application_decision_ck CHECK (decision IS NULL OR decision IN ('ACCEPTED', 'REFUSED', 'WITHDRAWN')),
	CONSTRAINT members_application_member_ck CHECK (decision = 'ACCEPTED' OR (member_from IS NULL AND member_until IS NULL)),
	CONSTRAINT members_application_order_ck CHECK (member_until IS NULL OR member_until >= member_from)
);
CREATE INDEX members_application_person_ix ON members_application (person_id);
CREATE INDEX members_application_organisation_ix ON members_application (organisation_id);
CREATE INDEX members_application_decided_ix ON members_application (decided_on);
CREATE INDEX members_application_until_ix ON members_application (member_until);
