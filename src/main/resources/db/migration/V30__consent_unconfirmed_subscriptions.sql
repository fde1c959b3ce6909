-- Consent ticked on the subscription form used to be recorded as given before the address was
-- confirmed. For every subscription still waiting for its confirmation, the consent it rests on
-- is marked unconfirmed by a new choice (the history stays as it was), so that it counts for
-- nothing, in ad audiences included, until the person follows the link.
INSERT INTO consent_choice (id, person_id, purpose, kind, channel, wording_id, ip_address, user_agent, form, framework,
	occurred_at)
SELECT gen_random_uuid(), c.person_id, c.purpose, 'UNCONFIRMED', c.channel, c.wording_id, c.ip_address, c.user_agent,
	c.form, c.framework, CURRENT_TIMESTAMP
FROM consent_choice c
WHERE c.kind = 'GIVEN' AND c.channel = 'FORM'
	AND c.seq = (SELECT l.seq FROM consent_choice l WHERE l.person_id = c.person_id AND l.purpose = c.purpose
		ORDER BY l.occurred_at DESC, l.seq DESC LIMIT 1)
	AND EXISTS (SELECT 1 FROM outreach_subscription s JOIN outreach_list o ON o.id = s.list_id
		WHERE s.person_id = c.person_id AND o.activity = c.purpose AND s.status = 'PENDING'
			AND c.form = 'subscribe:' || o.code);

UPDATE consent_current SET kind = 'UNCONFIRMED',
	occurred_at = (SELECT MAX(u.occurred_at) FROM consent_choice u WHERE u.person_id = consent_current.person_id
		AND u.purpose = consent_current.purpose AND u.kind = 'UNCONFIRMED')
WHERE EXISTS (SELECT 1 FROM consent_choice u WHERE u.person_id = consent_current.person_id
	AND u.purpose = consent_current.purpose AND u.kind = 'UNCONFIRMED');
