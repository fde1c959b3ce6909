package org.tutela.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.tutela.identity.login.LoginStep;
import org.tutela.platform.problem.DomainProblem;

/**
 * A session with a login step still to do is sent to that step; a form whose token has
 * expired (or never came) is explained as such, with the way back to the form; any other
 * refusal is a 403.
 */
class PendingStepRedirect implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		var step = authentication == null ? java.util.Optional.<LoginStep>empty() : LoginStep.pendingIn(authentication);
		if (step.isPresent()) {
			response.sendRedirect(request.getContextPath() + step.get().page());
		}
		else if (refusal instanceof CsrfException) {
			request.setAttribute(DomainProblem.REQUEST_ATTRIBUTE, new FormExpired());
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

}
