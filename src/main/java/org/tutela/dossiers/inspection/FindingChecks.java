package org.tutela.dossiers.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tutela.dossiers.Conclusion;
import org.tutela.dossiers.Finding;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * The rules a physician's findings keep: examined between the order and today; a
 * justified or shortened incapacity says until when, a shortened one ends before the
 * certificate's end; a shortened or unjustified one says when work can resume, after the
 * examination.
 */
public final class FindingChecks {

	private FindingChecks() {
	}

	public static List<FieldError> check(Finding finding, LocalDate ordered, LocalDate today,
			LocalDate incapacityUntil) {
		List<FieldError> errors = new ArrayList<>();
		if (finding.examinedOn() == null) {
			errors.add(new FieldError("examinedOn", "required"));
		}
		else if (finding.examinedOn().isBefore(ordered)) {
			errors.add(new FieldError("examinedOn", "control.examined-before-order"));
		}
		else if (finding.examinedOn().isAfter(today)) {
			errors.add(new FieldError("examinedOn", "control.examined-future"));
		}
		if (finding.conclusion() == null) {
			errors.add(new FieldError("conclusion", "required"));
			return errors;
		}
		if (finding.conclusion().namesJustifiedUntil()) {
			if (finding.justifiedUntil() == null) {
				errors.add(new FieldError("justifiedUntil", "required"));
			}
			else if (finding.examinedOn() != null && finding.justifiedUntil().isBefore(finding.examinedOn())) {
				errors.add(new FieldError("justifiedUntil", "control.justified-before-examination"));
			}
			else if (finding.conclusion() == Conclusion.SHORTENED
					&& !finding.justifiedUntil().isBefore(incapacityUntil)) {
				errors.add(new FieldError("justifiedUntil", "control.not-shortened"));
			}
		}
		if (finding.conclusion().namesResumption()) {
			if (finding.resumableOn() == null) {
				errors.add(new FieldError("resumableOn", "required"));
			}
			else if (finding.examinedOn() != null && !finding.resumableOn().isAfter(finding.examinedOn())) {
				errors.add(new FieldError("resumableOn", "control.resumption-not-after-examination"));
			}
		}
		TextRule.PARAGRAPH.check("findings", finding.findings(), errors);
		return errors;
	}

}
