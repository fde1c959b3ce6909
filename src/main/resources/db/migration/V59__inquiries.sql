-- A message sent through the public contact form (CES-5) or an information request
-- (MEZ-1): who sent it (a person of the people module, found by their address or
-- registered from the form), what they wrote, the subject and whom it went to (a staff
-- account or every account of a role, as the pack said when it arrived), the client or
-- member organisation the sender is a contact of, and when it arrived and was closed.
-- The same message sent twice is stored once (fingerprint). Kept as the pack's rule for
-- the purpose 'inquiries' says, counted from its arrival or its closing.
CREATE TABLE inquiries_message (
	id                  UUID          PRIMARY KEY,
	kind                VARCHAR(12)   NOT NULL,
	subject             VARCHAR(60),
	course_id           UUID,
	person_id           UUID,
	sender_name         VARCHAR(201)  NOT NULL,
	sender_email        VARCHAR(320)  NOT NULL,
	sender_organisation VARCHAR(200),
	sender_phone        VARCHAR(40),
	organisation_id     UUID,
	route_account       VARCHAR(100),
	route_role          VARCHAR(40),
	body                VARCHAR(5000),
	language            VARCHAR(5)    NOT NULL,
	fingerprint         VARCHAR(64)   NOT NULL,
	received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
	received_on         DATE          NOT NULL,
	closed_on           DATE,
	closed_by           VARCHAR(100),
	restricted          BOOLEAN       DEFAULT FALSE NOT NULL,
	CONSTRAINT inquiries_message_fingerprint_uk UNIQUE (fingerprint),
	CONSTRAINT inquiries_message_kind_ck CHECK (kind IN ('CONTACT', 'INFORMATION')),
	CONSTRAINT inquiries_message_route_ck CHECK (kind = 'INFORMATION' OR route_account IS NOT NULL OR route_role IS NOT NULL)
);
CREATE INDEX inquiries_message_person_ix ON inquiries_message (person_id);
CREATE INDEX inquiries_message_organisation_ix ON inquiries_message (organisation_id);
CREATE INDEX inquiries_message_received_ix ON inquiries_message (received_on);
CREATE INDEX inquiries_message_closed_ix ON inquiries_message (closed_on);

-- Each answer staff sent to the sender, in the thread of its message: what was written,
-- by whom and when. It goes with its message.
CREATE TABLE inquiries_reply (
	id         UUID          PRIMARY KEY,
	message_id UUID          NOT NULL REFERENCES inquiries_message (id) ON DELETE CASCADE,
	body       VARCHAR(5000) NOT NULL,
	sent_by    VARCHAR(100)  NOT NULL,
	sent_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX inquiries_reply_message_ix ON inquiries_reply (message_id, sent_at);

-- A person's page names in the audit trail every column it shows (the privacy view): with
-- contact messages beside registrations, certificates and invoices that list outgrew 1000
-- characters. It holds at most every column of the catalogue.
ALTER TABLE audit_entry ALTER COLUMN fields SET DATA TYPE VARCHAR(20000);
