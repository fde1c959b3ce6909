package org.tutela.catalog;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A course as offered: its code, title and teaching language, its texts per language,
 * length and price, whether it leads to a certificate reported to an authority (and
 * which), how long that certificate stays valid before a refresher is due, the share of
 * the days a participant must attend to complete it, until how many days before the start
 * a registration can be cancelled free of charge, and how it is taxed.
 */
public record Course(CourseId id, String code, String title, String language, boolean certified, int durationHours,
		long priceCents, @Nullable String certifyingAuthority, @Nullable String accreditation,
		@Nullable Integer validityMonths, int attendancePercent, int freeCancellationDays, VatTreatment vat,
		Map<String, CourseText> texts) {

	public Course {
		texts = Map.copyOf(texts);
	}

	/** The title in the reader's language, else the title in the teaching language. */
	public String title(Locale locale) {
		CourseText text = this.texts.get(locale.getLanguage());
		return text == null ? this.title : text.title();
	}

	public String description(Locale locale) {
		CourseText text = this.texts.get(locale.getLanguage());
		if (text == null) {
			text = this.texts.get(this.language);
		}
		return text == null ? "" : text.description();
	}

}
