package org.tutela.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tutela.platform.Conflict;
import org.tutela.platform.DomainProblem;
import org.tutela.platform.NotFound;

/**
 * Failures in the HTML pages become the error page in the user's language, with the status
 * the API would give for the same failure.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiProblems {

	@ExceptionHandler(NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(Conflict.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/** Any other broken business rule: the request was wrong. */
	@ExceptionHandler(DomainProblem.class)
	void rejected(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void database(Exception ex, HttpServletResponse response) throws Exception {
		if (!DatabaseUnavailable.covers(ex)) {
			throw ex;
		}
		DatabaseUnavailable.log(ex);
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
