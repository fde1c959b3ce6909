package org.tutela.requests.fulfil;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DeclaredColumn;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;

/**
 * The values of an overview as the person reads them (MEZ-10, VCK-9, GDPR Art. 15): codes
 * in the words of the bundles, moments and days in the reader's language and the
 * configured time zone, yes or no, and what an id stands for instead of the id. Keyed
 * hashes, and ids that stand for nothing the person could know, are left out. The JSON
 * and CSV keep the stored values, for another system to take over (Art. 20). The
 * overview's templates call it as {@code @overviewValues}.
 */
@Component("overviewValues")
public class OverviewValues {

	private static final String VALUE = "personal-data.value.";

	/**
	 * Codes the notices and the register already word; other codes under
	 * {@code personal-data.value.
	 *
	<table>
	 * .<column>.<CODE>}.
	 */
	private static final Map<String, String> WORDED_ELSEWHERE = Map.of("disclosure.basis", "notice.basis.",
			"disclosure.recipient_type", "register.recipient.", "disclosure.categories", "notice.category.",
			"network_contact.began", "network.began.");

	/** Invoices are in euro only (UBL, Peppol BIS and the Belgian rules alike). */
	private static final Currency EURO = Currency.getInstance("EUR");

	private static final Pattern CENTS = Pattern.compile("-?\\d+");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern ID = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	private final PersonalDataCatalogue catalogue;

	private final OverviewReferences references;

	private final MessageSource messages;

	private final Clock clock;

	OverviewValues(PersonalDataCatalogue catalogue, OverviewReferences references, MessageSource messages,
			Clock clock) {
		this.catalogue = catalogue;
		this.references = references;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The record's fields by column, each value as the person reads it; those that say
	 * nothing to them left out.
	 */
	public Map<String, String> readable(PersonalRecord record, Locale locale) {
		Map<String, String> shown = new LinkedHashMap<>();
		record.fields()
			.forEach((column, value) -> shown(record.table(), column, value, locale)
				.ifPresent(text -> shown.put(column, text)));
		return shown;
	}

	public String day(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	private Optional<String> shown(String table, String column, String value, Locale locale) {
		DeclaredColumn declared = this.catalogue.column(table, column).orElseThrow();
		if (declared.category() == DataCategory.PSEUDONYM) {
			return Optional.empty();
		}
		if (this.references.names(column)) {
			return this.references.name(column, value, locale);
		}
		Optional<String> worded = worded(table + "." + column, value, locale);
		if (worded.isPresent() || ID.matcher(value).matches()) {
			return worded;
		}
		return Optional.of(typed(column, value, locale));
	}

	/** The words for a code, or for each of a list of codes; empty for anything else. */
	private Optional<String> worded(String column, String value, Locale locale) {
		List<String> words = new ArrayList<>();
		for (String code : value.split(",")) {
			String word = this.messages.getMessage(valueKey(column, code), null, null, locale);
			if (word == null) {
				return Optional.empty();
			}
			words.add(word);
		}
		return Optional.of(String.join(", ", words));
	}

	/**
	 * The key of the words for a code of the column ({@code table.column}), where the
	 * overview looks them up.
	 */
	static String valueKey(String column, String code) {
		return WORDED_ELSEWHERE.getOrDefault(column, VALUE + column + ".") + code;
	}

	private String typed(String column, String value, Locale locale) {
		if (column.equals("language")) {
			return Locale.forLanguageTag(value).getDisplayLanguage(locale);
		}
		if ((column.equals("country") || column.endsWith("_country")) && COUNTRY.matcher(value).matches()) {
			return new Locale("", value).getDisplayCountry(locale);
		}
		if (column.endsWith("_cents") && CENTS.matcher(value).matches()) {
			NumberFormat money = NumberFormat.getCurrencyInstance(locale);
			money.setCurrency(EURO);
			return money.format(new BigDecimal(value).movePointLeft(2));
		}
		if (value.equals("true") || value.equals("false")) {
			return this.messages.getMessage(VALUE + value, null, locale);
		}
		if (DAY.matcher(value).matches()) {
			return day(LocalDate.parse(value), locale);
		}
		if (MOMENT.matcher(value).matches()) {
			ZonedDateTime at = Instant.parse(value).atZone(this.clock.getZone());
			return this.messages.getMessage(VALUE + "moment",
					new Object[] { day(at.toLocalDate(), locale), HOURS.format(at) }, locale);
		}
		return value;
	}

}
