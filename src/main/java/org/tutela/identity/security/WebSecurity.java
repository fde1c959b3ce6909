package org.tutela.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tutela.identity.Permission;
import org.tutela.identity.apikey.ApiKeyCheck;
import org.tutela.identity.login.LoginEventKind;
import org.tutela.identity.login.LoginHistory;
import org.tutela.identity.login.LoginStep;
import org.tutela.identity.login.SessionUpgrade;
import org.tutela.identity.login.SignedIn;

/**
 * Who may reach what. Pages need a session whose login steps are all done: the back
 * office needs a staff role, the portal any account. The API and the operational
 * endpoints are stateless and take HTTP Basic, so they need no CSRF token; accounts whose
 * role needs a second factor cannot use them. An HR contact's portal account has no
 * password: it orders absenteeism controls with an API key it made in the portal, and the
 * key opens nothing else. Permissions are checked again in the services
 * ({@code @PreAuthorize}). Every response carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurity {

	// Pages load scripts and styles only from Tutela itself (webjars included): no CDN,
	// no inline code.
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**" };

	// The only API an API key opens: an HR contact's orders of absenteeism controls.
	private static final RequestMatcher API_KEY_PATHS = PathPatternRequestMatcher.withDefaults()
		.matcher("/api/v1/absenteeism-controls/**");

	private static final String[] LOGIN_STEPS = { "/login/password", "/login/second-factor",
			"/login/second-factor/**" };

	@Bean
	@Order(1)
	SecurityFilterChain machineAccess(HttpSecurity http, ApiKeyCheck keys) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/courses", "/api/v1/courses/*", "/api/v1/sessions",
						"/api/v1/sessions/*")
				.permitAll()
				// Refused before the body is read, so a caller without the permission
				// learns nothing from validation.
				.requestMatchers(HttpMethod.POST, "/api/v1/courses", "/api/v1/sessions", "/api/v1/rooms")
				.hasAuthority(Permission.MANAGE_CATALOG.authority())
				.requestMatchers(HttpMethod.POST, "/api/v1/sessions/*/registrations", "/api/v1/registrations/*/cancel")
				.hasAuthority(Permission.MANAGE_ENROLMENT.authority())
				.requestMatchers("/api/v1/billing/**")
				.hasAuthority(Permission.MANAGE_BILLING.authority())
				// A client's HR contact orders controls and reads their reports; no staff
				// role may.
				.requestMatchers("/api/v1/absenteeism-controls", "/api/v1/absenteeism-controls/**")
				.hasAuthority(Permission.ORDER_CONTROLS.authority())
				.anyRequest()
				.hasAuthority(Permission.BACK_OFFICE.authority()))
			.httpBasic(basic -> basic.authenticationEntryPoint(WebSecurity::challenge))
			.addFilterBefore(apiKeys(keys), BasicAuthenticationFilter.class)
			.exceptionHandling(refusals -> refusals.accessDeniedHandler(
					(request, response, refusal) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(WebSecurity::securityHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain peopleAccess(HttpSecurity http, LoginHistory history, Clock clock,
			@Value("${tutela.session.absolute-timeout:12h}") Duration absoluteTimeout,
			@Value("${tutela.api-docs.public:true}") boolean apiDocsPublic) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN_STEPS)
			.authenticated()
			// The API's description is for developers: public in development, for staff
			// who have signed in in production.
			.requestMatchers(API_DOCS)
			.access(apiDocsPublic ? (authentication, context) -> new AuthorizationDecision(true)
					: AuthorityAuthorizationManager.hasAuthority(Permission.BACK_OFFICE.authority()))
			.requestMatchers("/admin", "/admin/**")
			.hasAuthority(Permission.BACK_OFFICE.authority())
			.requestMatchers("/me", "/me/**")
			.hasAnyAuthority(Permission.BACK_OFFICE.authority(), Permission.PORTAL.authority())
			.anyRequest()
			.permitAll())
			.formLogin(login -> login.loginPage("/login")
				.successHandler(signedIn(history))
				.failureUrl("/login?error")
				.permitAll())
			.exceptionHandling(refusals -> refusals.accessDeniedHandler(new PendingStepRedirect()))
			.logout(logout -> logout.addLogoutHandler(signedOut(history)).logoutSuccessUrl("/login?logout"))
			// A mail client's one-click unsubscribe (RFC 8058) posts without a token; the
			// signed link is the proof.
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe/*")))
			.addFilterAfter(new SessionLifetime(absoluteTimeout, clock), SecurityContextHolderFilter.class)
			.headers(WebSecurity::securityHeaders);
		return http.build();
	}

	/**
	 * {@code Authorization: Bearer <key>} on the paths a key opens; a key elsewhere is
	 * not read, so it opens nothing else. A request that signed in with a key goes on to
	 * its endpoint; a refused key gets the same challenge as a missing password.
	 */
	private static AuthenticationFilter apiKeys(ApiKeyCheck keys) {
		AuthenticationFilter filter = new AuthenticationFilter(keys::authenticate, keys::presented);
		filter.setRequestMatcher(API_KEY_PATHS);
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(WebSecurity::challenge));
		return filter;
	}

	/** 401 asking for HTTP Basic, and for a key where a key is taken. */
	private static void challenge(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException refusal) throws IOException {
		response.addHeader("WWW-Authenticate", "Basic realm=\"Tutela\"");
		if (API_KEY_PATHS.matches(request)) {
			response.addHeader("WWW-Authenticate", "Bearer realm=\"Tutela\"");
		}
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

	private static AuthenticationSuccessHandler signedIn(LoginHistory history) {
		return (request, response, authentication) -> {
			if (LoginStep.pendingIn(authentication).isEmpty()) {
				history.record(((SignedIn) authentication.getPrincipal()).account(), LoginEventKind.LOGIN);
			}
			response.sendRedirect(request.getContextPath() + SessionUpgrade.destination(authentication));
		};
	}

	private static LogoutHandler signedOut(LoginHistory history) {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
				history.record(signedIn.account(), LoginEventKind.LOGOUT);
			}
		};
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frames -> frames.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
	}

}
