-- The number of participants a session needs to go ahead, when the organiser sets one; at
-- most its capacity.
ALTER TABLE catalog_session ADD COLUMN minimum_participants INTEGER;
