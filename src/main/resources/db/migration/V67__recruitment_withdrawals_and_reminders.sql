-- An applicant who ticked the box to keep their application for other vacancies (SKI-2) can
-- withdraw that consent through the link in the mail confirming it: the hash of that link's
-- token (never the token itself), and the moment they withdrew, kept beside the words they
-- had agreed to. A withdrawn application is kept by the rule without consent.
ALTER TABLE recruitment_application ADD COLUMN keep_longer_token_hash VARCHAR(64);
ALTER TABLE recruitment_application ADD COLUMN kept_longer_withdrawn_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX recruitment_application_token_uk ON recruitment_application (keep_longer_token_hash);

-- A procedure still running long after its last day to apply, its last application or its
-- opening reminds those who recruit, once: the day it did.
ALTER TABLE recruitment_vacancy ADD COLUMN reminded_on DATE;
