-- The professional network (VCK-1): what the network keeps of a contact beyond the people
-- module's person, organisation and contact points. How the contact began ('UNKNOWN' for
-- contacts from before anyone recorded it, VCK-2), the company's website, and a private
-- address only with the person's explicit consent, recorded with the wording they agreed
-- to and where that proof is kept. Kept for the purpose 'network'.
CREATE TABLE network_contact (
	person_id               UUID         PRIMARY KEY,
	began                   VARCHAR(20)  NOT NULL,
	began_on                DATE,
	website                 VARCHAR(200),
	private_street          VARCHAR(200),
	private_postcode        VARCHAR(20),
	private_city            VARCHAR(100),
	private_country         VARCHAR(2),
	private_consent_wording VARCHAR(4000),
	private_consent_proof   VARCHAR(200),
	private_consent_at      TIMESTAMP WITH TIME ZONE,
	restricted              BOOLEAN      DEFAULT FALSE NOT NULL,
	recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT network_contact_began_ck
		CHECK (began IN ('MEETING', 'EVENT', 'PHONE', 'EMAIL', 'SOCIAL_MEDIA', 'REFERRAL', 'WEBSITE', 'UNKNOWN')),
	CONSTRAINT network_contact_private_ck CHECK (private_street IS NULL
		OR (private_consent_wording IS NOT NULL AND private_consent_at IS NOT NULL))
);

-- Expertise a member shares with others and topics they want to discuss with colleagues of
-- other organisations (VCK-1, VCK-8); 'subject_key' is the subject in lower case, for matching.
CREATE TABLE network_interest (
	id          UUID         PRIMARY KEY,
	person_id   UUID         NOT NULL,
	kind        VARCHAR(10)  NOT NULL,
	subject     VARCHAR(150) NOT NULL,
	subject_key VARCHAR(150) NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT network_interest_kind_ck CHECK (kind IN ('EXPERTISE', 'TOPIC')),
	CONSTRAINT network_interest_uk UNIQUE (person_id, kind, subject_key)
);
CREATE INDEX network_interest_subject_ix ON network_interest (kind, subject_key);

-- Meetings with a contact and what was agreed (VCK-1).
CREATE TABLE network_meeting (
	id          UUID          PRIMARY KEY,
	person_id   UUID          NOT NULL,
	held_on     DATE          NOT NULL,
	agreed      VARCHAR(4000) NOT NULL,
	recorded_by VARCHAR(100)  NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX network_meeting_person_ix ON network_meeting (person_id);
