package org.tutela.requests.fulfil;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.register.PolicyPack;

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

	private final PersonalDataCatalogue catalogue;

	OverviewLabels(MessageSource messages, PersonalDataCatalogue catalogue) {
		this.messages = messages;
		this.catalogue = catalogue;
	}

	/**
	 * For a record that is a confidential file (a medical file): that it exists, which
	 * service keeps it and how to obtain it, through the person's attending physician
	 * (MEN-17, CER-9); null for any other record.
	 */
	public @Nullable String fileNote(PersonalRecord record, PolicyPack pack, Locale locale) {
		return this.catalogue.confidentialFile(record.table())
			.map(kind -> this.messages.getMessage("requests.overview.file." + kind,
					new Object[] { pack.controllers().get(0).name(), pack.controllers().get(0).address() }, locale))
			.orElse(null);
	}

	public String kind(PersonalRecord record, Locale locale) {
		String kind = this.messages.getMessage(kindKey(record.table()), null, locale);
		// Labels that are codes (EMAIL BUSINESS, NATIONAL_NUMBER, ACCESS) are worded;
		// plain words repeat the kind.
		String label = record.label() == null ? null : this.messages
			.getMessage(RECORD + record.table() + "." + record.label().replace(' ', '.'), null, null, locale);
		return label == null ? kind : kind + ": " + label;
	}

	public String field(PersonalRecord record, String column, Locale locale) {
		return this.messages.getMessage(fieldKey(record.table(), column), null, locale);
	}

	/** The key of the words for a kind of record, which every exported table needs. */
	static String kindKey(String table) {
		return RECORD + table;
	}

	/** The key of a field's label, which every personal column of such a table needs. */
	static String fieldKey(String table, String column) {
		return "personal-data.field." + table + "." + column;
	}

}
