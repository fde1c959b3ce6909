-- What billing needs of a client organisation beyond the organisation's own record: how it
-- pays, its Peppol participant id (a scheme of the Peppol EAS list and the id within it),
-- its VAT number where the enterprise number gives none, the buyer reference or purchase
-- order it asks to see on every invoice, where invoices go and in which language they speak.
CREATE TABLE billing_party (
	organisation_id UUID         PRIMARY KEY,
	payment_method  VARCHAR(12)  NOT NULL,
	peppol_scheme   VARCHAR(4),
	peppol_value    VARCHAR(50),
	vat_number      VARCHAR(20),
	buyer_reference VARCHAR(200),
	order_reference VARCHAR(200),
	invoice_email   VARCHAR(254),
	language        VARCHAR(2)   NOT NULL,
	changed_by      VARCHAR(100) NOT NULL,
	changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT billing_party_payment_ck CHECK (payment_method IN ('TRANSFER', 'DIRECT_DEBIT')),
	CONSTRAINT billing_party_peppol_ck CHECK ((peppol_scheme IS NULL) = (peppol_value IS NULL))
);

-- Where a private person who pays for themselves receives invoices: the people module keeps
-- no postal address.
CREATE TABLE billing_private_party (
	person_id  UUID         PRIMARY KEY,
	street     VARCHAR(200),
	postcode   VARCHAR(12),
	city       VARCHAR(100),
	country    VARCHAR(2)   NOT NULL,
	email      VARCHAR(254),
	changed_by VARCHAR(100) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An invoice, drafted for a client organisation or a private person: from registrations
-- (with the calendar month of their sessions), or from an individual order. Until it is issued
-- it is a draft, which finance may discard. Issuing it gives it the next number of its year
-- and keeps, never to be changed, its dates and payment reference, the seller and the buyer
-- as they were that day, its totals and the documents sent: the Peppol BIS Billing 3.0 UBL
-- file and the PDF.
CREATE TABLE billing_invoice (
	id                       UUID         PRIMARY KEY,
	organisation_id          UUID,
	person_id                UUID,
	billing_month            DATE,
	language                 VARCHAR(2)   NOT NULL,
	drafted_by               VARCHAR(100) NOT NULL,
	drafted_at               TIMESTAMP WITH TIME ZONE NOT NULL,
	invoice_year             INTEGER,
	sequence_number          INTEGER,
	number                   VARCHAR(20),
	issue_date               DATE,
	due_date                 DATE,
	currency                 VARCHAR(3),
	payment_reference        VARCHAR(12),
	iban                     VARCHAR(34),
	bic                      VARCHAR(11),
	buyer_reference          VARCHAR(200),
	order_reference          VARCHAR(200),
	seller_name              VARCHAR(200),
	seller_street            VARCHAR(200),
	seller_postcode          VARCHAR(12),
	seller_city              VARCHAR(100),
	seller_country           VARCHAR(2),
	seller_vat_number        VARCHAR(20),
	seller_enterprise_number VARCHAR(10),
	seller_peppol_scheme     VARCHAR(4),
	seller_peppol_value      VARCHAR(50),
	buyer_name               VARCHAR(300),
	buyer_street             VARCHAR(200),
	buyer_postcode           VARCHAR(12),
	buyer_city               VARCHAR(100),
	buyer_country            VARCHAR(2),
	buyer_vat_number         VARCHAR(20),
	buyer_enterprise_number  VARCHAR(10),
	buyer_peppol_scheme      VARCHAR(4),
	buyer_peppol_value       VARCHAR(50),
	buyer_email              VARCHAR(254),
	net_cents                BIGINT,
	vat_cents                BIGINT,
	payable_cents            BIGINT,
	ubl                      BYTEA,
	pdf                      BYTEA,
	issued_by                VARCHAR(100),
	issued_at                TIMESTAMP WITH TIME ZONE,
	CONSTRAINT billing_invoice_buyer_ck CHECK ((organisation_id IS NULL) <> (person_id IS NULL)),
	CONSTRAINT billing_invoice_issued_ck CHECK ((issued_at IS NULL) = (number IS NULL)),
	CONSTRAINT billing_invoice_number_uk UNIQUE (invoice_year, sequence_number)
);
CREATE INDEX billing_invoice_organisation_ix ON billing_invoice (organisation_id, billing_month);
CREATE INDEX billing_invoice_person_ix ON billing_invoice (person_id, billing_month);
CREATE INDEX billing_invoice_issue_date_ix ON billing_invoice (issue_date);

-- An invoice's lines: what is sold, how many at which price (in cents, VAT not included) and
-- how it is taxed, with the exemption's reason; a line for a registration names the course,
-- the session's days and the participant. A registration is on one invoice at most.
CREATE TABLE billing_invoice_line (
	invoice_id       UUID          NOT NULL REFERENCES billing_invoice (id),
	position         INTEGER       NOT NULL,
	registration_id  UUID,
	participant_id   UUID,
	description      VARCHAR(1000) NOT NULL,
	quantity         INTEGER       NOT NULL,
	unit_price_cents BIGINT        NOT NULL,
	vat_category     VARCHAR(2)    NOT NULL,
	vat_rate         NUMERIC(5, 2) NOT NULL,
	exemption_code   VARCHAR(30),
	exemption_reason VARCHAR(300),
	CONSTRAINT billing_invoice_line_pk PRIMARY KEY (invoice_id, position),
	CONSTRAINT billing_invoice_line_registration_uk UNIQUE (registration_id),
	CONSTRAINT billing_invoice_line_category_ck CHECK (vat_category IN ('S', 'E', 'AE'))
);
CREATE INDEX billing_invoice_line_participant_ix ON billing_invoice_line (participant_id);

-- The last number given to an invoice in each year: taken, row locked, in the transaction
-- that issues the invoice, so that numbers follow each other without gaps (VAT Directive
-- Art. 226(2); Belgian Royal Decree no. 1 on VAT, Art. 5 §1).
CREATE TABLE billing_invoice_counter (
	invoice_year INTEGER PRIMARY KEY,
	last_number  INTEGER NOT NULL
);
