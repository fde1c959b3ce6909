package org.tutela.catalog.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseText;
import org.tutela.catalog.NewCourse;
import org.tutela.catalog.VatTreatment;
import org.tutela.platform.problem.InvalidInput;

/**
 * A course's fields as a form shows them: as stored, as a new course starts, or as typed;
 * its title and description in each language, its price in euros, how it is taxed.
 */
record CourseForm(String code, String language, boolean certified, String durationHours, String price,
		String certifyingAuthority, String accreditation, String validityMonths, String attendancePercent,
		String freeCancellationDays, String vat, Map<String, String> titles, Map<String, String> descriptions) {

	static CourseForm of(Course course) {
		Map<String, String> titles = new HashMap<>();
		Map<String, String> descriptions = new HashMap<>();
		course.texts().forEach((language, text) -> {
			titles.put(language, text.title());
			descriptions.put(language, text.description());
		});
		titles.putIfAbsent(course.language(), course.title());
		return new CourseForm(course.code(), course.language(), course.certified(),
				String.valueOf(course.durationHours()),
				BigDecimal.valueOf(course.priceCents(), 2).stripTrailingZeros().toPlainString(),
				text(course.certifyingAuthority()), text(course.accreditation()), text(course.validityMonths()),
				String.valueOf(course.attendancePercent()), String.valueOf(course.freeCancellationDays()),
				course.vat().name(), titles, descriptions);
	}

	/**
	 * A course about to be added: taught in Dutch, needing full attendance, cancelled
	 * free of charge until a week before, taxed at the standard rate.
	 */
	static CourseForm empty() {
		return new CourseForm("", "nl", false, "", "", "", "", "", "100", "7", VatTreatment.STANDARD.name(), Map.of(),
				Map.of());
	}

	static CourseForm of(MultiValueMap<String, String> sent) {
		Map<String, String> titles = new HashMap<>();
		Map<String, String> descriptions = new HashMap<>();
		for (String language : CatalogPages.LANGUAGES) {
			titles.put(language, FormReading.typed(sent, "title-" + language));
			descriptions.put(language, FormReading.typed(sent, "description-" + language));
		}
		return new CourseForm(FormReading.typed(sent, "code"), FormReading.typed(sent, "language"),
				"true".equals(FormReading.typed(sent, "certified")), FormReading.typed(sent, "durationHours"),
				FormReading.typed(sent, "price"), FormReading.typed(sent, "certifyingAuthority"),
				FormReading.typed(sent, "accreditation"), FormReading.typed(sent, "validityMonths"),
				FormReading.typed(sent, "attendancePercent"), FormReading.typed(sent, "freeCancellationDays"),
				FormReading.typed(sent, "vat"), titles, descriptions);
	}

	/**
	 * The course as typed, with a text in each language that has a title; refused when a
	 * field cannot be read or the teaching language has no title.
	 */
	NewCourse read() {
		FormReading reading = new FormReading();
		String teaching = CatalogPages.LANGUAGES.contains(this.language) ? this.language : "nl";
		Map<String, CourseText> texts = new LinkedHashMap<>();
		this.titles.forEach((language, title) -> {
			if (!title.isEmpty()) {
				texts.put(language, new CourseText(title, this.descriptions.getOrDefault(language, "")));
			}
		});
		reading.required("title-" + teaching, this.titles.getOrDefault(teaching, ""));
		Integer duration = reading.number("durationHours", this.durationHours);
		Long cents = reading.cents("price", this.price);
		Integer validity = reading.number("validityMonths", this.validityMonths);
		Integer attendance = reading.number("attendancePercent", this.attendancePercent);
		Integer cancellation = reading.number("freeCancellationDays", this.freeCancellationDays);
		VatTreatment vat = reading.vat("vat", this.vat);
		reading.check();
		return new NewCourse(this.code, texts.get(teaching).title(), teaching, this.certified, duration, cents,
				reading.text(this.certifyingAuthority), reading.text(this.accreditation), validity, attendance,
				cancellation, texts, vat);
	}

	/**
	 * The broken rules by the field the form shows them beside: a text's by its title or
	 * description in that language, the price's by the price in euros.
	 */
	Map<String, String> beside(InvalidInput invalid) {
		Map<String, String> beside = new LinkedHashMap<>();
		invalid.byField().forEach((field, code) -> beside.putIfAbsent(field(field), code));
		return beside;
	}

	private String field(String rule) {
		if (rule.equals("title")) {
			return "title-" + this.language;
		}
		if (rule.equals("priceCents")) {
			return "price";
		}
		return rule.replaceAll("^texts\\[(\\w+)\\]\\.(\\w+)$", "$2-$1");
	}

	private static String text(@Nullable Object value) {
		return Objects.toString(value, "");
	}

}
