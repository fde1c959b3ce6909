-- The KMO-portefeuille (Flemish SME wallet) project a client pays its training through: kept
-- with the client's billing details and on each invoice issued while it applied.
ALTER TABLE billing_party ADD COLUMN kmo_project VARCHAR(30);
ALTER TABLE billing_invoice ADD COLUMN kmo_project VARCHAR(30);
