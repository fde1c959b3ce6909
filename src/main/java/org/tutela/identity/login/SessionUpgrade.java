package org.tutela.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.tutela.identity.AccountId;
import org.tutela.identity.account.Accounts;

/**
 * Moves a session on after a login step: recomputes what the account may do, stores it,
 * and gives the session a new id so an id seen before the step is worthless after it
 * (ASVS 7.2.4).
 */
@Component
public class SessionUpgrade {

	private static final String SECOND_FACTOR_SHOWN = SessionUpgrade.class.getName() + ".secondFactorShown";

	private final Accounts accounts;

	private final LoginHistory history;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionUpgrade(Accounts accounts, LoginHistory history) {
		this.accounts = accounts;
		this.history = history;
	}

	public void secondFactorShown(HttpServletRequest request) {
		request.getSession().setAttribute(SECOND_FACTOR_SHOWN, Boolean.TRUE);
	}

	/** Where the holder goes next: the next step's page, or their home. */
	public String advance(AccountId id, HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession();
		boolean shown = Boolean.TRUE.equals(session.getAttribute(SECOND_FACTOR_SHOWN));
		Authentication before = SecurityContextHolder.getContext().getAuthentication();
		Authentication authentication = SignIn.of(this.accounts.findById(id).orElseThrow(), shown);
		if (before != null && LoginStep.pendingIn(before).isPresent()
				&& LoginStep.pendingIn(authentication).isEmpty()) {
			this.history.record(id, LoginEventKind.LOGIN);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		this.repository.saveContext(context, request, response);
		return destination(authentication);
	}

	public static String destination(Authentication authentication) {
		return LoginStep.pendingIn(authentication)
			.map(LoginStep::page)
			.orElseGet(() -> ((SignedIn) authentication.getPrincipal()).role().isStaff() ? "/admin" : "/me");
	}

}
