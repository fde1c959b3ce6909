package org.tutela.requests.fulfil;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.RecordWords;

/**
 * A person's records as staff read them: the overview's words, but where the overview
 * speaks to the person ("Your details", "How you told us") the staff wording under
 * {@code personal-data.staff.} is used ("Personal details", "How the person told us").
 */
@Component
class StaffRecordWords implements RecordWords {

	private final OverviewLabels labels;

	private final OverviewValues values;

	StaffRecordWords(PersonalDataCatalogue catalogue, OverviewReferences references, MessageSource messages,
			Clock clock) {
		MessageSource staff = new StaffVoice(messages);
		this.labels = new OverviewLabels(staff, catalogue);
		this.values = new OverviewValues(catalogue, references, staff, clock);
	}

	@Override
	public String kind(PersonalRecord record, Locale locale) {
		return this.labels.kind(record, locale);
	}

	@Override
	public String field(PersonalRecord record, String column, Locale locale) {
		return this.labels.field(record, column, locale);
	}

	@Override
	public Map<String, String> readable(PersonalRecord record, Locale locale) {
		return this.values.readable(record, locale);
	}

	/** The bundles, reading a staff wording first where there is one. */
	private record StaffVoice(MessageSource messages) implements MessageSource {

		private static final String PERSONAL_DATA = "personal-data.";

		private static final String STAFF = "personal-data.staff.";

		@Override
		public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
				Locale locale) {
			String staff = staff(code, args, locale);
			return staff != null ? staff : this.messages.getMessage(code, args, defaultMessage, locale);
		}

		@Override
		public String getMessage(String code, Object @Nullable [] args, Locale locale) throws NoSuchMessageException {
			String staff = staff(code, args, locale);
			return staff != null ? staff : this.messages.getMessage(code, args, locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
			return this.messages.getMessage(resolvable, locale);
		}

		private @Nullable String staff(String code, Object @Nullable [] args, Locale locale) {
			return code.startsWith(PERSONAL_DATA)
					? this.messages.getMessage(STAFF + code.substring(PERSONAL_DATA.length()), args, null, locale)
					: null;
		}

	}

}
