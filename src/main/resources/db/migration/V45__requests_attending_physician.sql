-- Access to a medical file goes to the person's attending physician, not to the person
-- (MEN-17, CER-9): the request desk records the physician the letter names, and hands the
-- request to the head physicians, who send the file. The physician's name and address tell
-- who treats the person: they are encrypted, bound to the request.
ALTER TABLE requests_request ADD COLUMN attending_physician_cipher VARCHAR(2000);
ALTER TABLE requests_request ADD COLUMN handed_over_at TIMESTAMP WITH TIME ZONE;
