-- An unpaid invoice handed over for collection (MEZ-5): to which collection agent the pack
-- names, when and by whom, and when it was settled (paid or credited in full) afterwards.
-- An invoice is handed over once.
CREATE TABLE billing_hand_over (
	invoice_id UUID         PRIMARY KEY REFERENCES billing_invoice (id),
	recipient  VARCHAR(200) NOT NULL,
	handed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
	handed_by  VARCHAR(100) NOT NULL,
	settled_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX billing_hand_over_settled_ix ON billing_hand_over (settled_at);

-- What a hold was placed for when the application placed it: the invoice handed over for
-- collection whose settlement lifts it.
ALTER TABLE retention_hold ADD COLUMN reference VARCHAR(100);
CREATE INDEX retention_hold_reference_ix ON retention_hold (reference);
