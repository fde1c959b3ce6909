-- Whether the cancellation fee is due for a cancelled registration, for billing: staff decide
-- when they cancel; a participant or client contact who cancels after the course's free term
-- owes it; a session called off owes nothing. Until now only "late" was kept, which said the same.
ALTER TABLE enrolment_registration ADD COLUMN fee_due BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE enrolment_registration SET fee_due = late_cancellation WHERE status = 'CANCELLED';
