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
