package org.tutela.platform.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one address may post to the sign-in pages and the public forms (ASVS
 * 6.3.1 and 2.4.1): a fixed window of one minute per address and path; beyond it the
 * answer is 429 with Retry-After. Each node counts for itself, so with several nodes an
 * address gets the limit once per node; the per-account lock still holds across all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimit extends OncePerRequestFilter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private static final int MAXIMUM_TRACKED = 100_000;

	private final List<String> paths;

	private final int perMinute;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	RateLimit(@Value("${tutela.rate-limit.paths}") List<String> paths,
			@Value("${tutela.rate-limit.per-minute}") int perMinute, Clock clock) {
		this.paths = List.copyOf(paths);
		this.perMinute = perMinute;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || limited(request.getServletPath()) == null;
	}

	/**
	 * The configured path that covers this one: the same path, or a {@code /prefix/*} it
	 * falls under.
	 */
	private String limited(String path) {
		for (String limited : this.paths) {
			if (limited.equals(path)
					|| limited.endsWith("/*") && path.startsWith(limited.substring(0, limited.length() - 1))) {
				return limited;
			}
		}
		return null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Instant now = this.clock.instant();
		if (this.windows.size() > MAXIMUM_TRACKED) {
			this.windows.values().removeIf(window -> window.endedBy(now));
		}
		Window window = this.windows.compute(request.getRemoteAddr() + " " + limited(request.getServletPath()),
				(key, current) -> current == null || current.endedBy(now) ? new Window(now.plus(WINDOW), 1)
						: current.counted());
		if (window.count() > this.perMinute) {
			long wait = Math.max(1, Duration.between(now, window.end()).toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private record Window(Instant end, int count) {

		boolean endedBy(Instant now) {
			return !now.isBefore(this.end);
		}

		Window counted() {
			return new Window(this.end, this.count + 1);
		}

	}

}
