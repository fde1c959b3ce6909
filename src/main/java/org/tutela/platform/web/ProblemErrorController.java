package org.tutela.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.tutela.platform.problem.DomainProblem;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The last line for errors that happen outside a controller (no such page, no endpoint
 * for the format asked, a filter's refusal), and for the domain problems of pages:
 * browsers get the error page, every other client a problem detail (RFC 9457) instead of
 * the framework's own JSON. Both say what a domain problem says, not only its status.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

	/**
	 * A request attribute naming the problem type when a filter knows better than the
	 * status.
	 */
	static final String SLUG = ProblemErrorController.class.getName() + ".slug";

	/** A request attribute holding the {@link DomainProblem} a page failed on. */
	static final String PROBLEM = DomainProblem.REQUEST_ATTRIBUTE;

	private final ErrorAttributes errorAttributes;

	private final MessageSource messages;

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> viewResolvers, MessageSource messages) {
		super(errorAttributes, web.getError(), viewResolvers.orderedStream().toList());
		this.errorAttributes = errorAttributes;
		this.messages = messages;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return ResponseEntity.noContent().build();
		}
		DomainProblem domain = domainProblem(request);
		List<MediaType> offered = offered(request);
		Object known = domain != null ? domain.slug()
				: !offered.isEmpty() ? ApiProblems.NOT_ACCEPTABLE : request.getAttribute(SLUG);
		String slug = known != null ? known.toString() : "http-" + status.value();
		Locale locale = LocaleContextHolder.getLocale();
		Object[] arguments = domain != null ? domain.arguments(locale)
				: offered.isEmpty() ? null : new Object[] { ApiProblems.listed(offered) };
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", DomainProblem.typeOf(slug).toString());
		problem.put("title", known != null ? message("problem." + slug + ".title", status.getReasonPhrase())
				: status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail(slug, status, arguments));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.put("instance", path.toString());
		}
		if (!offered.isEmpty()) {
			problem.put(ApiProblems.ACCEPTABLE, offered.stream().map(MediaType::toString).toList());
		}
		if (domain instanceof InvalidInput invalid) {
			problem.put("errors",
					invalid.errors()
						.stream()
						.map(error -> Map.of("field", error.field(), "message",
								message("invalid." + error.code(), error.code())))
						.toList());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		ModelAndView page = super.errorHtml(request, response);
		DomainProblem domain = domainProblem(request);
		if (domain != null) {
			HttpStatus status = getStatus(request);
			page.addObject("problemTitle", message("problem." + domain.slug() + ".title", status.getReasonPhrase()));
			page.addObject("problemDetail",
					domain instanceof InvalidInput invalid ? labelled(invalid.errors().get(0), status, request)
							: detail(domain.slug(), status, domain.arguments(LocaleContextHolder.getLocale())));
			page.addObject("again", sameSite(request));
		}
		return page;
	}

	/**
	 * A broken rule as a form's summary shows it: after the field's label where the
	 * bundles name the field, as the form sent to the page's address names it
	 * ({@code field.contact.organisation}) before any form that names a field alike
	 * ({@code field.organisation}).
	 */
	private String labelled(FieldError error, HttpStatus status, HttpServletRequest request) {
		String rule = message("invalid." + error.code(), detail("invalid-input", status, null));
		Locale locale = LocaleContextHolder.getLocale();
		String form = form(request);
		String label = form == null ? null
				: this.messages.getMessage("field." + form + "." + error.field(), null, null, locale);
		if (label == null) {
			label = this.messages.getMessage("field." + error.field(), null, null, locale);
		}
		return label == null ? rule : label + ": " + rule;
	}

	/** The first step of the address the refused form was sent to: {@code contact}. */
	private static @Nullable String form(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path == null) {
			return null;
		}
		String[] steps = path.toString().substring(request.getContextPath().length()).split("/");
		return steps.length > 1 && !steps[1].isBlank() ? steps[1] : null;
	}

	/**
	 * The page the refused form was sent from, when it is one of Tutela's own, so that
	 * the user can fill it in again.
	 */
	private static @Nullable String sameSite(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return null;
		}
		try {
			URI from = URI.create(referer);
			return request.getServerName().equalsIgnoreCase(from.getHost()) && from.getRawPath() != null
					&& from.getRawPath().startsWith("/") && !from.getRawPath().startsWith("//") ? from.getRawPath()
							: null;
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

	private static @Nullable DomainProblem domainProblem(HttpServletRequest request) {
		return request.getAttribute(PROBLEM) instanceof DomainProblem domain ? domain : null;
	}

	/**
	 * The formats an endpoint offers when none matched what the client accepts: found
	 * before any controller was chosen, so no controller advice saw it. Empty for any
	 * other error.
	 */
	private List<MediaType> offered(HttpServletRequest request) {
		return this.errorAttributes
			.getError(new ServletWebRequest(request)) instanceof HttpMediaTypeNotAcceptableException ex
					? ex.getSupportedMediaTypes() : List.of();
	}

	private String message(String code, String fallback) {
		return this.messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
	}

	private String detail(String slug, HttpStatus status, Object @Nullable [] arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		String general = this.messages.getMessage("error." + status.value() + ".text", null,
				this.messages.getMessage("error.text", null, locale), locale);
		return this.messages.getMessage("problem." + slug, arguments, general, locale);
	}

}
