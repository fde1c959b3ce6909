package org.tutela.platform.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tutela.platform.problem.Characters;
import org.tutela.platform.problem.DomainProblem;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The first thing every request meets: its parameters, from the address or a form, must
 * be readable UTF-8 (or a complete multipart body) and hold only characters that can be
 * stored, each value no longer than the longest field Tutela takes. A request that fails
 * is answered 400 before sign-in, rate limits or any controller see it, so nothing of it
 * is stored; the answer names the field, never its value. JSON bodies are held to the
 * same characters where they are read ({@link CheckedStrings}); each field's own length
 * and characters are checked with its {@link org.tutela.platform.problem.TextRule}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class InputBoundary extends OncePerRequestFilter {

	/** The longest text any field takes: a campaign's body. */
	static final int LONGEST_VALUE = 20_000;

	private final DataSize largestUpload;

	InputBoundary(MultipartProperties multipart) {
		this.largestUpload = multipart.getMaxFileSize();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isAsyncDispatch(request) || request.getDispatcherType() == DispatcherType.ERROR) {
			// Tomcat throws again each time unreadable parameters are asked for: the
			// error page is shown as if none had been sent.
			chain.doFilter(request.getAttribute(DomainProblem.REQUEST_ATTRIBUTE) instanceof UnreadableForm
					? new WithoutParameters(request) : request, response);
			return;
		}
		Map<String, String[]> parameters;
		try {
			if (MediaType.MULTIPART_FORM_DATA_VALUE.equalsIgnoreCase(mediaType(request))) {
				request.getParts();
			}
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IOException | ServletException unreadable) {
			// Tomcat reports unreadable parameters, a broken multipart body and one over
			// the multipart limits so.
			if (tooLarge(unreadable)) {
				refuse(request, response, new UploadTooLarge(this.largestUpload.toMegabytes()),
						HttpStatus.CONTENT_TOO_LARGE);
			}
			else {
				refuse(request, response, new UnreadableForm(), HttpStatus.BAD_REQUEST);
			}
			return;
		}
		FieldError error = firstError(parameters);
		if (error != null) {
			refuse(request, response, new InvalidInput(List.of(error)), HttpStatus.BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean tooLarge(Throwable unreadable) {
		for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
			if (cause instanceof SizeException) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable FieldError firstError(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (!Characters.oneLine(name) || name.length() > 200) {
				return new FieldError("parameter", "control-characters");
			}
			for (String value : parameter.getValue()) {
				if (value.length() > LONGEST_VALUE) {
					return new FieldError(name, "too-long");
				}
				if (!Characters.acceptable(value)) {
					return new FieldError(name, "control-characters");
				}
			}
		}
		return null;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String mediaType(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return "";
		}
		int parameters = type.indexOf(';');
		return (parameters < 0 ? type : type.substring(0, parameters)).strip();
	}

	/** A request seen without any parameter or part. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public @Nullable Part getPart(String name) {
			return null;
		}

	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, DomainProblem problem,
			HttpStatus status) throws IOException {
		request.setAttribute(ProblemErrorController.PROBLEM, problem);
		response.sendError(status.value());
	}

}
