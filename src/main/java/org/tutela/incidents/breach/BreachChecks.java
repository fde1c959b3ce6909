package org.tutela.incidents.breach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.incidents.BreachForm;
import org.tutela.incidents.BreachRisk;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * The rules a breach's fields keep before anything is stored, every broken one named with
 * its field: a discovery cannot lie in the future (the clock starts there), nor the
 * beginning after the discovery.
 */
@Component
public class BreachChecks {

	/** More persons or records than anyone has: a typing error. */
	private static final int MOST = 1_000_000_000;

	private final Clock clock;

	BreachChecks(Clock clock) {
		this.clock = clock;
	}

	public CheckedBreach check(BreachForm form) {
		List<FieldError> errors = new ArrayList<>();
		String title = required("title", form.title(), TextRule.LINE, errors);
		String what = required("whatHappened", form.whatHappened(), TextRule.PARAGRAPH, errors);
		Instant discovered = pastMoment("discoveredAt", form.discoveredAt(), errors);
		if (discovered == null && errors.stream().noneMatch(error -> error.field().equals("discoveredAt"))) {
			errors.add(new FieldError("discoveredAt", "required"));
		}
		Instant began = pastMoment("beganAt", form.beganAt(), errors);
		if (began != null && discovered != null && began.isAfter(discovered)) {
			errors.add(new FieldError("beganAt", "breach.began-after-discovery"));
		}
		String data = required("dataCategories", form.dataCategories(), TextRule.PARAGRAPH, errors);
		String persons = required("personCategories", form.personCategories(), TextRule.PARAGRAPH, errors);
		Integer personCount = number("persons", form.persons(), errors);
		Integer recordCount = number("records", form.records(), errors);
		String consequences = optional("consequences", form.consequences(), errors);
		String taken = optional("measuresTaken", form.measuresTaken(), errors);
		String planned = optional("measuresPlanned", form.measuresPlanned(), errors);
		BreachRisk risk = risk(form.risk(), errors);
		String reasoning = required("reasoning", form.reasoning(), TextRule.PARAGRAPH, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new CheckedBreach(title, what, began, discovered, data, persons, personCount, recordCount, consequences,
				taken, planned, risk, reasoning);
	}

	/**
	 * A moment typed in the organisation's zone ({@code 2026-12-04T17:00}), not in the
	 * future; null when left empty.
	 */
	public @Nullable Instant pastMoment(String field, @Nullable String typed, List<FieldError> errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		Instant moment;
		try {
			moment = LocalDateTime.parse(typed.strip()).atZone(this.clock.getZone()).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			errors.add(new FieldError(field, typed.length() > 40 ? "too-long" : "breach.moment"));
			return null;
		}
		if (moment.isAfter(this.clock.instant())) {
			errors.add(new FieldError(field, "breach.future"));
			return null;
		}
		return moment;
	}

	public static String required(String field, @Nullable String value, TextRule rule, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "required"));
			return "";
		}
		String problem = rule.problem(value);
		if (problem != null) {
			errors.add(new FieldError(field, problem));
		}
		return value.strip();
	}

	public static @Nullable String optional(String field, @Nullable String value, List<FieldError> errors) {
		return value == null || value.isBlank() ? null : required(field, value, TextRule.PARAGRAPH, errors);
	}

	private static @Nullable Integer number(String field, @Nullable String typed, List<FieldError> errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String digits = typed.strip().replace(".", "").replace(" ", "").replace(",", "");
		if (digits.length() > 10 || !digits.matches("\\d+") || Long.parseLong(digits) > MOST) {
			errors.add(new FieldError(field, "breach.number"));
			return null;
		}
		return Integer.valueOf(digits);
	}

	private static @Nullable BreachRisk risk(@Nullable String typed, List<FieldError> errors) {
		if (typed == null || typed.isBlank()) {
			errors.add(new FieldError("risk", "required"));
			return null;
		}
		try {
			return BreachRisk.valueOf(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new FieldError("risk", "breach.risk"));
			return null;
		}
	}

}
