package org.tutela.enrolment;

import java.util.List;

/**
 * A session's evaluations as trainers and coordinators see them: only aggregates, and
 * only once at least the pack's threshold k of participants answered (MEN-8); below it,
 * just the count.
 */
public record EvaluationResults(int invited, int answered, int threshold, double trainer, double content,
		double organisation, List<String> comments) {

	public boolean shown() {
		return this.answered >= this.threshold;
	}

	static EvaluationResults hidden(int invited, int answered, int threshold) {
		return new EvaluationResults(invited, answered, threshold, 0, 0, 0, List.of());
	}

}
