-- Persons (data subjects) and organisations. Names and contact values are plain so they can
-- be searched; official identifiers are encrypted per field with a keyed-hash blind index.
CREATE TABLE people_person (
	id               UUID PRIMARY KEY,
	first_name       VARCHAR(100) NOT NULL,
	second_name      VARCHAR(100),
	last_name        VARCHAR(100) NOT NULL,
	search_name      VARCHAR(200) NOT NULL,
	birth_date       DATE,
	language         VARCHAR(2)   NOT NULL,
	job_function     VARCHAR(150),
	provenance       VARCHAR(20)  NOT NULL,
	restricted       BOOLEAN      NOT NULL DEFAULT FALSE,
	created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
	last_contact_at  TIMESTAMP WITH TIME ZONE,
	last_activity_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT people_person_language_ck CHECK (language IN ('nl', 'fr', 'en', 'de')),
	CONSTRAINT people_person_provenance_ck
		CHECK (provenance IN ('WEB_FORM', 'EMPLOYER', 'BROKER', 'IMPORT', 'UNKNOWN_LEGACY'))
);
CREATE INDEX people_person_search_name_ix ON people_person (search_name);
CREATE INDEX people_person_last_name_birth_ix ON people_person (last_name, birth_date);

-- E-mail addresses and phones; a private one only with the person's explicit consent (VCK-1).
CREATE TABLE people_contact_point (
	id                 UUID PRIMARY KEY,
	person_id          UUID         NOT NULL REFERENCES people_person (id),
	kind               VARCHAR(10)  NOT NULL,
	usage              VARCHAR(10)  NOT NULL,
	contact_value      VARCHAR(254) NOT NULL,
	lookup_key         VARCHAR(254) NOT NULL,
	private_consent_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT people_contact_point_kind_ck CHECK (kind IN ('EMAIL', 'PHONE')),
	CONSTRAINT people_contact_point_usage_ck CHECK (usage IN ('BUSINESS', 'PRIVATE')),
	CONSTRAINT people_contact_point_private_ck CHECK (usage = 'BUSINESS' OR private_consent_at IS NOT NULL)
);
CREATE INDEX people_contact_point_lookup_ix ON people_contact_point (kind, lookup_key);
CREATE INDEX people_contact_point_person_ix ON people_contact_point (person_id);

-- National register or BIS number, BSN, personnel number, substitute number (CER-14).
CREATE TABLE people_identifier (
	id            UUID PRIMARY KEY,
	person_id     UUID         NOT NULL REFERENCES people_person (id),
	kind          VARCHAR(20)  NOT NULL,
	value_cipher  VARCHAR(500) NOT NULL,
	blind_index   VARCHAR(64)  NOT NULL,
	masked        VARCHAR(20)  NOT NULL,
	CONSTRAINT people_identifier_kind_ck
		CHECK (kind IN ('NATIONAL_NUMBER', 'BSN', 'PERSONNEL_NUMBER', 'SUBSTITUTE_NUMBER'))
);
CREATE INDEX people_identifier_lookup_ix ON people_identifier (kind, blind_index);
CREATE INDEX people_identifier_person_ix ON people_identifier (person_id);

CREATE TABLE people_organisation (
	id                   UUID PRIMARY KEY,
	name                 VARCHAR(200) NOT NULL,
	search_name          VARCHAR(200) NOT NULL,
	enterprise_number    VARCHAR(10),
	vat_number           VARCHAR(20),
	client_number        VARCHAR(30),
	company_type         VARCHAR(1),
	registered_street    VARCHAR(200),
	registered_postcode  VARCHAR(12),
	registered_city      VARCHAR(100),
	registered_country   VARCHAR(2),
	invoice_street       VARCHAR(200),
	invoice_postcode     VARCHAR(12),
	invoice_city         VARCHAR(100),
	invoice_country      VARCHAR(2),
	membership_status    VARCHAR(20)  NOT NULL,
	member_since         DATE,
	member_until         DATE,
	contract_start       DATE,
	contract_end         DATE,
	created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT people_organisation_client_number_uk UNIQUE (client_number),
	CONSTRAINT people_organisation_company_type_ck CHECK (company_type IN ('A', 'B', 'C', 'D', 'E', 'M')),
	CONSTRAINT people_organisation_membership_ck CHECK (membership_status IN ('NONE', 'MEMBER', 'FORMER_MEMBER'))
);
CREATE INDEX people_organisation_search_name_ix ON people_organisation (search_name);
CREATE INDEX people_organisation_enterprise_ix ON people_organisation (enterprise_number);

-- Contact persons of an organisation and what they are for it (HR contact, invoice contact, ...).
CREATE TABLE people_organisation_contact (
	organisation_id UUID        NOT NULL REFERENCES people_organisation (id),
	person_id       UUID        NOT NULL REFERENCES people_person (id),
	contact_role    VARCHAR(20) NOT NULL,
	CONSTRAINT people_organisation_contact_pk PRIMARY KEY (organisation_id, person_id, contact_role),
	CONSTRAINT people_organisation_contact_role_ck
		CHECK (contact_role IN ('HR', 'INVOICE', 'PREVENTION_ADVISER', 'MANAGEMENT', 'OTHER'))
);
CREATE INDEX people_organisation_contact_person_ix ON people_organisation_contact (person_id);
