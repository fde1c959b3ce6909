package org.tutela.identity.login;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's other sessions, on every node, when its password changes: whoever
 * knew the old password is signed out too (ASVS 7.4.3).
 */
@Component
public class OtherSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	OtherSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	public void end(String username, String currentSessionId) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(currentSessionId))
			.forEach(this.sessions::deleteById);
	}

}
