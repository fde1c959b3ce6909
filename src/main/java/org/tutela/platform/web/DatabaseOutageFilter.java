package org.tutela.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tutela.platform.database.DatabaseOutages;
import org.tutela.platform.database.DatabaseUnavailable;

/**
 * A lost database met outside a controller, such as while checking a password in the
 * security filters, is a 503 with Retry-After as well, not an internal error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private final DatabaseOutages outages;

	DatabaseOutageFilter(DatabaseOutages outages) {
		this.outages = outages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!DatabaseUnavailable.covers(ex) || response.isCommitted()) {
				throw ex;
			}
			this.outages.refused(ex);
			request.setAttribute(ProblemErrorController.SLUG, "database-unavailable");
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

}
