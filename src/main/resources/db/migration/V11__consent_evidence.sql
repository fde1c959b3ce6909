-- The exact wording a person agreed to, per purpose, language and version (GDPR Art. 7(1)).
CREATE TABLE consent_wording (
	id         UUID PRIMARY KEY,
	purpose    VARCHAR(60)   NOT NULL,
	language   VARCHAR(2)    NOT NULL,
	version    INTEGER       NOT NULL,
	text       VARCHAR(4000) NOT NULL,
	text_hash  VARCHAR(64)   NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT consent_wording_version_uk UNIQUE (purpose, language, version)
);

-- The evidence of each choice: which wording, from which address and agent, on which form, and
-- under which legal framework the data was collected (SKI-6: earlier choices keep their basis).
ALTER TABLE consent_choice ADD COLUMN wording_id UUID REFERENCES consent_wording (id);
ALTER TABLE consent_choice ADD COLUMN ip_address VARCHAR(45);
ALTER TABLE consent_choice ADD COLUMN user_agent VARCHAR(300);
ALTER TABLE consent_choice ADD COLUMN form VARCHAR(100);
ALTER TABLE consent_choice ADD COLUMN framework VARCHAR(20) DEFAULT 'GDPR' NOT NULL;
ALTER TABLE consent_choice ADD CONSTRAINT consent_choice_framework_ck CHECK (framework IN ('GDPR', 'BEFORE_GDPR'));
