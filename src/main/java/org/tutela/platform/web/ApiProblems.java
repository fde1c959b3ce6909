package org.tutela.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tutela.platform.database.DatabaseOutages;
import org.tutela.platform.database.DatabaseUnavailable;
import org.tutela.platform.problem.Conflict;
import org.tutela.platform.problem.DomainProblem;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.NotFound;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Every failure of an API call as an RFC 9457 problem detail with a stable type. Messages
 * come from the bundles in the caller's language and never echo submitted values, so no
 * personal data travels into a log or a proxy's error page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	/**
	 * The problem of a format the endpoint does not offer, and the property listing those
	 * it does.
	 */
	static final String NOT_ACCEPTABLE = "not-acceptable";

	static final String ACCEPTABLE = "acceptable";

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	private final DatabaseOutages outages;

	ApiProblems(MessageSource messages, DatabaseOutages outages) {
		this.messages = messages;
		this.outages = outages;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound problem) {
		return domainProblem(HttpStatus.NOT_FOUND, problem);
	}

	@ExceptionHandler(Conflict.class)
	ProblemDetail conflict(Conflict problem) {
		return domainProblem(HttpStatus.CONFLICT, problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail refused() {
		return problem(HttpStatus.FORBIDDEN, "http-403");
	}

	/**
	 * Fields that break their rules: every one named, with the rule in the reader's
	 * language.
	 */
	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input");
		problem.setProperty("errors",
				invalid.errors()
					.stream()
					.map(error -> Map.of("field", error.field(), "message", message("invalid." + error.code())))
					.toList());
		return problem;
	}

	/**
	 * A broken business rule that is neither a missing thing nor a conflict: the request
	 * was wrong.
	 */
	@ExceptionHandler(DomainProblem.class)
	ProblemDetail rejected(DomainProblem ex) {
		return domainProblem(HttpStatus.BAD_REQUEST, ex);
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> database(Exception ex) {
		if (!DatabaseUnavailable.covers(ex)) {
			return ResponseEntity.internalServerError().body(unexpected(ex));
		}
		this.outages.refused(ex);
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.body(problem);
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		// The message of an unexpected exception may quote stored values: log where, not
		// what.
		StackTraceElement[] trace = ex.getStackTrace();
		log.error("Unexpected {} at {}", ex.getClass().getName(), trace.length > 0 ? trace[0] : "unknown");
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof CheckedStrings.UnacceptableText unacceptable) {
			return ResponseEntity.badRequest()
				.body(invalid(new InvalidInput(List.of(new FieldError(pathOf(unacceptable), unacceptable.code())))));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-body");
		problem.setDetail(unreadableDetail(cause));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Says which formats the endpoint offers, so that the client can ask again for one of
	 * them.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.NOT_ACCEPTABLE, NOT_ACCEPTABLE);
		problem.setDetail(message("problem." + NOT_ACCEPTABLE, listed(ex.getSupportedMediaTypes())));
		problem.setProperty(ACCEPTABLE, ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).body(problem);
	}

	static String listed(List<MediaType> types) {
		return String.join(", ", types.stream().map(MediaType::toString).toList());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input");
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", this.messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || problem.getType().toString().equals("about:blank"))) {
			problem.setType(DomainProblem.typeOf("http-" + statusCode.value()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private String unreadableDetail(Throwable cause) {
		if (cause instanceof JacksonException json) {
			if (!json.getPath().isEmpty()) {
				return message("problem.malformed-body.field", pathOf(json));
			}
			TokenStreamLocation at = json.getLocation();
			if (at != null && at.getLineNr() > 0) {
				return message("problem.malformed-body.at", at.getLineNr(), at.getColumnNr());
			}
		}
		return message("problem.malformed-body");
	}

	private static String pathOf(JacksonException json) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : json.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private ProblemDetail domainProblem(HttpStatus status, DomainProblem domain) {
		ProblemDetail problem = problem(status, domain.slug());
		problem.setDetail(message("problem." + domain.slug(), domain.arguments(LocaleContextHolder.getLocale())));
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String slug) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message("problem." + slug));
		problem.setType(DomainProblem.typeOf(slug));
		problem.setTitle(message("problem." + slug + ".title"));
		return problem;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}
