package org.tutela.platform.problem;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * A meaningful failure of a business rule. Each kind has a stable problem type (RFC 9457)
 * and a message in the bundles under {@code problem.<slug>}, so the API and the UI
 * explain it the same way in the user's language.
 */
public abstract class DomainProblem extends RuntimeException {

	/**
	 * The request attribute under which a filter or handler that answers before any
	 * controller leaves its problem, for the error page or problem detail to explain.
	 */
	public static final String REQUEST_ATTRIBUTE = DomainProblem.class.getName();

	private static final String TYPE_PREFIX = "urn:tutela:problem:";

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	private final String slug;

	private final transient Object[] arguments;

	protected DomainProblem(String slug, Object... arguments) {
		super(slug);
		this.slug = slug;
		this.arguments = arguments.clone();
	}

	public String slug() {
		return this.slug;
	}

	/**
	 * The arguments as the message shows them to a reader in {@code locale}: a day in the
	 * words of their language (3 december 2026), an hour as the pages show it (17:00),
	 * never ISO text.
	 */
	public Object[] arguments(Locale locale) {
		DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		return Arrays.stream(this.arguments)
			.map(argument -> argument instanceof LocalDate day ? days.format(day)
					: argument instanceof LocalTime hour ? HOURS.format(hour) : argument)
			.toArray();
	}

	public URI type() {
		return typeOf(this.slug);
	}

	public static URI typeOf(String slug) {
		return URI.create(TYPE_PREFIX + slug);
	}

}
