package org.tutela.platform.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who sent a request. Behind a reverse proxy the connection comes from the proxy, which
 * says in {@code X-Forwarded-For} whom it forwards for; anyone else can write the same
 * header. So the headers count only on a connection from an address in
 * {@code tutela.trusted-proxies} (addresses or CIDR ranges; none by default): then the
 * client is the last address in the header that is not a trusted proxy, and
 * {@code X-Forwarded-Proto} says whether it came over HTTPS. From anyone else the
 * forwarding headers are removed and the connection's own address counts, for the rate
 * limits and as evidence of sign-ins, registrations and consent alike.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TrustedProxies extends OncePerRequestFilter {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

	private final List<IpAddressMatcher> proxies;

	TrustedProxies(@Value("${tutela.trusted-proxies:}") List<String> proxies) {
		this.proxies = proxies.stream()
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(
				trusted(request.getRemoteAddr()) ? new Forwarded(request, client(request)) : new Unforwarded(request),
				response);
	}

	private boolean trusted(String address) {
		try {
			return this.proxies.stream().anyMatch(proxy -> proxy.matches(address));
		}
		catch (IllegalArgumentException notAnAddress) {
			return false;
		}
	}

	/**
	 * The last address in the chain that is not one of ours; the connection's if none.
	 */
	private String client(HttpServletRequest request) {
		String client = request.getRemoteAddr();
		Enumeration<String> headers = request.getHeaders(FORWARDED_FOR);
		List<String> hops = Collections.list(headers)
			.stream()
			.flatMap(header -> Arrays.stream(header.split(",")))
			.map(String::strip)
			.filter(hop -> !hop.isEmpty())
			.toList();
		for (int i = hops.size() - 1; i >= 0; i--) {
			client = hops.get(i);
			if (!trusted(client)) {
				break;
			}
		}
		return client;
	}

	private static boolean forwarding(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith("x-forwarded-") || lower.equals("forwarded");
	}

	/** A request from a trusted proxy, seen as from the client it forwards for. */
	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final boolean secure;

		Forwarded(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
			String proto = request.getHeader(FORWARDED_PROTO);
			this.secure = proto == null ? request.isSecure() : proto.strip().equalsIgnoreCase("https");
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public boolean isSecure() {
			return this.secure;
		}

		@Override
		public String getScheme() {
			return this.secure ? "https" : "http";
		}

	}

	/** A request from anyone else: the forwarding headers it carries are not seen. */
	private static final class Unforwarded extends HttpServletRequestWrapper {

		Unforwarded(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getHeader(String name) {
			return forwarding(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return forwarding(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter(name -> !forwarding(name)).toList());
		}

	}

}
