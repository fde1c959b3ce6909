package org.tutela.dossiers.surveillance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * An examination as the physician records it: the day, the findings, and the form's
 * decision with its period, the measures advised and the next assessment.
 */
public record NewExamination(@Nullable LocalDate examinedOn, @Nullable String findings, @Nullable Decision decision,
		@Nullable LocalDate until, @Nullable String measures, @Nullable LocalDate nextOn) {

	/** The fields that cannot be kept as given, each with the reason. */
	public List<FieldError> problems(LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		if (this.examinedOn == null) {
			errors.add(new FieldError("examinedOn", "required"));
		}
		else if (this.examinedOn.isAfter(today)) {
			errors.add(new FieldError("examinedOn", "health.future"));
		}
		if (this.decision == null) {
			errors.add(new FieldError("decision", "required"));
		}
		else if (this.decision.forAPeriod()) {
			if (this.until == null) {
				errors.add(new FieldError("until", "required"));
			}
			else if (this.examinedOn != null && !this.until.isAfter(this.examinedOn)) {
				errors.add(new FieldError("until", "health.after-examination"));
			}
		}
		if (this.nextOn != null && this.examinedOn != null && !this.nextOn.isAfter(this.examinedOn)) {
			errors.add(new FieldError("nextOn", "health.after-examination"));
		}
		TextRule.PARAGRAPH.check("findings", HealthFiles.blank(this.findings), errors);
		TextRule.PARAGRAPH.check("measures", HealthFiles.blank(this.measures), errors);
		return errors;
	}

	/**
	 * What the employer and the worker will read; valid only once {@link #problems} is
	 * empty.
	 */
	public Assessment assessment() {
		Decision decided = Objects.requireNonNull(this.decision);
		return new Assessment(decided.form(), decided, decided.forAPeriod() ? this.until : null,
				HealthFiles.blank(this.measures), this.nextOn);
	}

}
