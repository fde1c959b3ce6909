package org.tutela.requests.fulfil;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonalRecord;

/**
 * The words a person reads for what the catalogue names by table and column: a record's
 * kind ({@code personal-data.record.
 *
<table>
 * }, with its label where the bundles word it, such as an identifier's kind) and a
 * field's label ({@code personal-data.field.
 *
<table>
 * .<column>}). The overview's templates call it as {@code @overviewLabels}.
 */
@Component("overviewLabels")
public class OverviewLabels {

	private static final String RECORD = "personal-data.record.";

	private final MessageSource messages;

	OverviewLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String kind(PersonalRecord record, Locale locale) {
		String kind = this.messages.getMessage(RECORD + record.table(), null, locale);
		// Labels that are codes (EMAIL BUSINESS, NATIONAL_NUMBER, ACCESS) are worded;
		// plain words repeat the kind.
		String label = record.label() == null ? null : this.messages
			.getMessage(RECORD + record.table() + "." + record.label().replace(' ', '.'), null, null, locale);
		return label == null ? kind : kind + ": " + label;
	}

	public String field(PersonalRecord record, String column, Locale locale) {
		return this.messages.getMessage("personal-data.field." + record.table() + "." + column, null, locale);
	}

}
