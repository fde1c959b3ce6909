-- When a node took a message and how often it was tried: a message a node took and never settled
-- goes back to the queue, and a failed one is tried again, three times in all.
ALTER TABLE outreach_message ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outreach_message ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
