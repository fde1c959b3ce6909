-- A credit note is kept as an invoice is, in the same series of numbers (decision 017): its
-- kind says which it is, and a credit note names the issued invoice it corrects and, when
-- finance credits an invoice in full, why.
ALTER TABLE billing_invoice ADD COLUMN kind VARCHAR(11) DEFAULT 'INVOICE' NOT NULL;
ALTER TABLE billing_invoice ADD COLUMN corrects_id UUID REFERENCES billing_invoice (id);
ALTER TABLE billing_invoice ADD COLUMN credit_reason VARCHAR(500);
ALTER TABLE billing_invoice ADD CONSTRAINT billing_invoice_kind_ck
	CHECK (kind IN ('INVOICE', 'CREDIT_NOTE') AND ((kind = 'CREDIT_NOTE') = (corrects_id IS NOT NULL)));
CREATE INDEX billing_invoice_corrects_ix ON billing_invoice (corrects_id);

-- A credit note's line names the line of the invoice it credits. A line is credited at most
-- once, by one credit note, drafted or issued: so no credit note takes more than the invoice
-- still holds.
ALTER TABLE billing_invoice_line ADD COLUMN credited_invoice_id UUID;
ALTER TABLE billing_invoice_line ADD COLUMN credited_position INTEGER;
ALTER TABLE billing_invoice_line ADD CONSTRAINT billing_invoice_line_credited_fk
	FOREIGN KEY (credited_invoice_id, credited_position) REFERENCES billing_invoice_line (invoice_id, position);
ALTER TABLE billing_invoice_line ADD CONSTRAINT billing_invoice_line_credited_uk
	UNIQUE (credited_invoice_id, credited_position);

-- Each sending of an issued invoice or credit note: by e-mail with its PDF (queued in the mail
-- outbox, to the address in recipient), or over Peppol (its UBL file handed to the access
-- point, to the Peppol participant in recipient), and what became of it: delivered or failed,
-- with the access point's reason.
CREATE TABLE billing_sending (
	id          UUID          PRIMARY KEY,
	invoice_id  UUID          NOT NULL REFERENCES billing_invoice (id),
	channel     VARCHAR(6)    NOT NULL,
	recipient   VARCHAR(254)  NOT NULL,
	status      VARCHAR(9)    NOT NULL,
	reason      VARCHAR(1000),
	sent_by     VARCHAR(100)  NOT NULL,
	sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
	answered_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT billing_sending_channel_ck CHECK (channel IN ('EMAIL', 'PEPPOL')),
	CONSTRAINT billing_sending_status_ck CHECK (status IN ('QUEUED', 'HANDED', 'DELIVERED', 'FAILED'))
);
CREATE INDEX billing_sending_invoice_ix ON billing_sending (invoice_id, sent_at);
