-- An issued invoice is kept by the pack's accounting rule and then anonymised: the day it was
-- is recorded, and from then on a private person's invoice names no buyer.
ALTER TABLE billing_invoice ADD COLUMN anonymised_on DATE;
ALTER TABLE billing_invoice DROP CONSTRAINT billing_invoice_buyer_ck;
ALTER TABLE billing_invoice ADD CONSTRAINT billing_invoice_buyer_ck
	CHECK (anonymised_on IS NOT NULL OR ((organisation_id IS NULL) <> (person_id IS NULL)));
