package org.tutela.dossiers.surveillance;

import java.util.Arrays;
import java.util.List;

/**
 * The decision a form carries to the employer and the worker: for a health assessment,
 * fit, unfit, transfer to a post meeting the recommendations (each definitively or for a
 * period), sick leave, or measures for pregnancy or breastfeeding; for a reintegration
 * assessment, whether the worker can do adapted or other work, temporarily or
 * definitively, or not.
 */
public enum Decision {

	FIT(AssessmentForm.HEALTH_ASSESSMENT, false), UNFIT_FOR_PERIOD(AssessmentForm.HEALTH_ASSESSMENT, true),
	UNFIT_DEFINITIVELY(AssessmentForm.HEALTH_ASSESSMENT, false),
	TRANSFER_FOR_PERIOD(AssessmentForm.HEALTH_ASSESSMENT, true),
	TRANSFER_DEFINITIVELY(AssessmentForm.HEALTH_ASSESSMENT, false), SICK_LEAVE(AssessmentForm.HEALTH_ASSESSMENT, false),
	PREGNANCY_MEASURES(AssessmentForm.HEALTH_ASSESSMENT, false),
	ADAPTED_WORK_TEMPORARILY(AssessmentForm.REINTEGRATION, true),
	ADAPTED_WORK_DEFINITIVELY(AssessmentForm.REINTEGRATION, false), NOT_ABLE(AssessmentForm.REINTEGRATION, false);

	private final AssessmentForm form;

	private final boolean forAPeriod;

	Decision(AssessmentForm form, boolean forAPeriod) {
		this.form = form;
		this.forAPeriod = forAPeriod;
	}

	public AssessmentForm form() {
		return this.form;
	}

	/** Whether the decision names the day its period ends. */
	public boolean forAPeriod() {
		return this.forAPeriod;
	}

	public static List<Decision> of(AssessmentForm form) {
		return Arrays.stream(values()).filter(decision -> decision.form == form).toList();
	}

}
