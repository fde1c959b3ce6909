-- Requests from public bodies and third parties for a client's personal data (MEN-22,
-- CER-11): the client is informed within the pack's business days and may object within the
-- pack's hours after being informed; nothing is handed over before that window closes without
-- objection, unless the law forbids telling the client (then the legal ground is kept).
CREATE TABLE incidents_authority_request (
	id              UUID          PRIMARY KEY,
	reference       VARCHAR(20)   NOT NULL,
	kind            VARCHAR(20)   NOT NULL,
	requester       VARCHAR(200)  NOT NULL,
	subject         VARCHAR(4000) NOT NULL,
	organisation_id UUID          NOT NULL,
	received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
	inform_by       DATE          NOT NULL,
	legal_ground    VARCHAR(4000),
	recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
	recorded_by     VARCHAR(100)  NOT NULL,
	informed_at     TIMESTAMP WITH TIME ZONE,
	objection_until TIMESTAMP WITH TIME ZONE,
	answer          VARCHAR(20),
	answer_reason   VARCHAR(4000),
	answered_at     TIMESTAMP WITH TIME ZONE,
	answered_by     VARCHAR(100),
	CONSTRAINT incidents_authority_request_reference_uk UNIQUE (reference),
	CONSTRAINT incidents_authority_request_kind_ck
		CHECK (kind IN ('INFORMATION', 'SUMMONS', 'INSPECTION', 'INTENDED_DISCLOSURE', 'PUBLICATION')),
	CONSTRAINT incidents_authority_request_answer_ck CHECK (answer IN ('NO_OBJECTION', 'OBJECTION'))
);
CREATE INDEX incidents_authority_request_organisation_ix ON incidents_authority_request (organisation_id);

-- Each hand-over of data on a request, with the disclosure it was logged as.
CREATE TABLE incidents_authority_hand_over (
	request_id    UUID         NOT NULL REFERENCES incidents_authority_request (id),
	disclosure_id UUID         NOT NULL,
	handed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
	handed_by     VARCHAR(100) NOT NULL,
	CONSTRAINT incidents_authority_hand_over_pk PRIMARY KEY (request_id, disclosure_id)
);
