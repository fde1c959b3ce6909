-- A bank statement (ISO 20022 camt.053) as it was imported: the bank's id for it, the
-- account it is of, and who imported it when. Imported again, it books nothing more.
CREATE TABLE billing_statement (
	id           UUID         PRIMARY KEY,
	statement_id VARCHAR(35)  NOT NULL,
	account      VARCHAR(34)  NOT NULL,
	imported_by  VARCHAR(100) NOT NULL,
	imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT billing_statement_uk UNIQUE (statement_id)
);

-- A transfer received, one per credit entry of a statement (debits are not kept): the
-- bank's reference for the entry, the day it was booked, the amount in cents, who paid
-- (name, and account encrypted) and how they referred to the invoice. It pays the invoice
-- whose structured communication and open amount it fits; any other waits for finance,
-- who assign it to an invoice or mark it as not a payment of an invoice. The same entry of
-- the same statement is booked once whatever happens.
CREATE TABLE billing_payment (
	id                 UUID         PRIMARY KEY,
	statement_id       VARCHAR(35)  NOT NULL,
	entry_reference    VARCHAR(70)  NOT NULL,
	booked_on          DATE         NOT NULL,
	amount_cents       BIGINT       NOT NULL,
	debtor_name        VARCHAR(140),
	debtor_iban_cipher VARCHAR(200),
	reference          VARCHAR(35),
	remittance_cipher  VARCHAR(2100),
	status             VARCHAR(10)  NOT NULL,
	invoice_id         UUID         REFERENCES billing_invoice (id),
	matched_by         VARCHAR(100),
	matched_at         TIMESTAMP WITH TIME ZONE,
	CONSTRAINT billing_payment_entry_uk UNIQUE (statement_id, entry_reference),
	CONSTRAINT billing_payment_amount_ck CHECK (amount_cents > 0),
	CONSTRAINT billing_payment_status_ck CHECK (status IN ('MATCHED', 'UNMATCHED', 'NOT_OURS')),
	CONSTRAINT billing_payment_invoice_ck CHECK ((status = 'MATCHED') = (invoice_id IS NOT NULL))
);
CREATE INDEX billing_payment_invoice_ix ON billing_payment (invoice_id);
CREATE INDEX billing_payment_status_ix ON billing_payment (status, booked_on);

-- Each reminder of an unpaid invoice, one per step of the pack's schedule: claimed here
-- before its mail is queued, so that no step is sent twice.
CREATE TABLE billing_reminder (
	invoice_id UUID    NOT NULL REFERENCES billing_invoice (id),
	step       INTEGER NOT NULL,
	sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT billing_reminder_pk PRIMARY KEY (invoice_id, step)
);

CREATE INDEX billing_invoice_payment_reference_ix ON billing_invoice (payment_reference);
