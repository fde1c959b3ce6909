-- The year of membership an invoice charges a member's fee for: one invoice per member and
-- year, whoever drafts the fees and however often.
ALTER TABLE billing_invoice ADD COLUMN membership_year INTEGER;
CREATE UNIQUE INDEX billing_invoice_membership_ux ON billing_invoice (organisation_id, membership_year);
