package org.tutela.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * English, Dutch and French: taken from the browser until the user picks one with
 * {@code ?lang=}, which a cookie then remembers.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.FRENCH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("tutela-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(request -> {
			String header = request.getHeader("Accept-Language");
			Locale best = null;
			if (header != null) {
				try {
					best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				}
				catch (IllegalArgumentException malformedHeader) {
					best = null;
				}
			}
			return best != null ? best : Locale.ENGLISH;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String language = request.getParameter("lang");
				SUPPORTED.stream()
					.filter(locale -> locale.getLanguage().equals(language))
					.findFirst()
					.ifPresent(locale -> RequestContextUtils.getLocaleResolver(request)
						.setLocale(request, response, locale));
				return true;
			}
		});
	}

}
