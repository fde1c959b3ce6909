package org.tutela.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
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
import org.tutela.platform.database.DatabaseOutages;
import org.tutela.platform.database.DatabaseUnavailable;
import org.tutela.platform.problem.Conflict;
import org.tutela.platform.problem.DomainProblem;
import org.tutela.platform.problem.NotFound;

/**
 * Failures in the HTML pages become the error page in the user's language, with the
 * status the API would give for the same failure and the domain problem's own message.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiProblems {

	private final DatabaseOutages outages;

	UiProblems(DatabaseOutages outages) {
		this.outages = outages;
	}

	@ExceptionHandler(NotFound.class)
	void notFound(NotFound problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
		send(HttpStatus.NOT_FOUND, problem, request, response);
	}

	@ExceptionHandler(Conflict.class)
	void conflict(Conflict problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
		send(HttpStatus.CONFLICT, problem, request, response);
	}

	/** Any other broken business rule: the request was wrong. */
	@ExceptionHandler(DomainProblem.class)
	void rejected(DomainProblem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
		send(HttpStatus.BAD_REQUEST, problem, request, response);
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void database(Exception ex, HttpServletResponse response) throws Exception {
		if (!DatabaseUnavailable.covers(ex)) {
			throw ex;
		}
		this.outages.refused(ex);
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	/**
	 * The error dispatch reads the problem back, so that the page says what went wrong,
	 * not only its status.
	 */
	private static void send(HttpStatus status, DomainProblem problem, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		request.setAttribute(ProblemErrorController.PROBLEM, problem);
		response.sendError(status.value());
	}

}
