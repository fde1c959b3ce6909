package org.tutela.register.pack;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.tutela.register.InvalidPolicyPack;

/** Tells the operator which lines of the policy pack to fix, instead of a stack trace. */
class InvalidPolicyPackAnalyzer extends AbstractFailureAnalyzer<InvalidPolicyPack> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidPolicyPack cause) {
		return new FailureAnalysis("The policy pack is not valid:\n" + cause.getMessage(),
				"Correct the pack at the lines named above (its format is described in docs/policy-packs.md), "
						+ "or choose a shipped pack with tutela.policy.pack.",
				cause);
	}

}
