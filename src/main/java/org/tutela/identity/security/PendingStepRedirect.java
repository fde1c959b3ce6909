package org.tutela.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.tutela.identity.login.LoginStep;

/**
 * A session with a login step still to do is sent to that step; any other refusal is a
 * 403.
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
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

}
