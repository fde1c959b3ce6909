package org.tutela.identity.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may reach what. The back office and the portal require a login; the API and the
 * operational endpoints are stateless and take HTTP Basic, so they need no CSRF token and
 * answer a refusal with a problem detail instead of a login page. Every response carries
 * the security headers.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

	// Pages load scripts and styles only from Tutela itself (webjars included): no CDN, no inline code.
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain machineAccess(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/courses", "/api/v1/courses/*").permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, refusal) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Tutela\"");
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}))
			.exceptionHandling(
					refusals -> refusals.accessDeniedHandler((request, response, refusal) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(WebSecurity::securityHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain peopleAccess(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin", "/admin/**", "/me", "/me/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/admin").permitAll())
			.logout(Customizer.withDefaults())
			.headers(WebSecurity::securityHeaders);
		return http.build();
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frames -> frames.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
	}

}
