-- Queued mail is kept encrypted with the field key: recipient, subject, body and
-- attachments, which carry names and live links. The columns grow to hold the ciphertext;
-- rows queued before this version are marked as plain text until they are sent.
ALTER TABLE platform_mail ADD COLUMN encrypted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE platform_mail ALTER COLUMN recipient SET DATA TYPE VARCHAR(1500);
ALTER TABLE platform_mail ALTER COLUMN subject SET DATA TYPE VARCHAR(3000);
ALTER TABLE platform_mail ALTER COLUMN body SET DATA TYPE VARCHAR(600000);
ALTER TABLE platform_mail_attachment ALTER COLUMN content SET DATA TYPE VARCHAR(10485760);
