-- The agreements with the processors the policy pack names (GDPR Art. 28(3); MEN-13,
-- CER-8, CES-10, VCK-8), kept by the data protection officer: when each was signed and is
-- to be reviewed, the signed document (a PDF, encrypted under its row), where the processor
-- stores the data and, for a transfer outside the EEA, the safeguard with its date. A
-- processor the pack names without a row here has no agreement on record.
CREATE TABLE incidents_processor_agreement (
	processor_name  VARCHAR(200) PRIMARY KEY,
	signed_on       DATE         NOT NULL,
	review_on       DATE         NOT NULL,
	storage_country VARCHAR(2)   NOT NULL,
	safeguard       VARCHAR(20),
	safeguard_on    DATE,
	document_name   VARCHAR(200) NOT NULL,
	document_cipher TEXT         NOT NULL,
	recorded_by     VARCHAR(100) NOT NULL,
	recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
	changed_by      VARCHAR(100),
	changed_at      TIMESTAMP WITH TIME ZONE
);

-- The sub-processors a processor engages under its agreement, each with the country it
-- works in, whether it processes and whether it stores the data there, and the safeguard of
-- a transfer outside the EEA.
CREATE TABLE incidents_sub_processor (
	id             UUID         PRIMARY KEY,
	processor_name VARCHAR(200) NOT NULL REFERENCES incidents_processor_agreement (processor_name),
	name           VARCHAR(200) NOT NULL,
	service        VARCHAR(200) NOT NULL,
	country        VARCHAR(2)   NOT NULL,
	processes      BOOLEAN      NOT NULL,
	stores         BOOLEAN      NOT NULL,
	safeguard      VARCHAR(20),
	safeguard_on   DATE,
	recorded_by    VARCHAR(100) NOT NULL,
	recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incidents_sub_processor_processor_ix ON incidents_sub_processor (processor_name);
