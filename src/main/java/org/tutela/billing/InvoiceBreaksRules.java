package org.tutela.billing;

import java.util.List;

import org.tutela.platform.problem.Conflict;

/**
 * An invoice that the Peppol BIS Billing 3.0 or EN 16931 rules refuse, with each rule it
 * breaks: it is not issued.
 */
public class InvoiceBreaksRules extends Conflict {

	private final List<BrokenRule> rules;

	public InvoiceBreaksRules(List<BrokenRule> rules) {
		super("invoice-breaks-rules", rules.get(0).id(), rules.get(0).text());
		this.rules = List.copyOf(rules);
	}

	public List<BrokenRule> rules() {
		return this.rules;
	}

	/**
	 * A rule broken: its identifier (such as {@code BR-E-10}), its text in the rules'
	 * words, and where in the document.
	 */
	public record BrokenRule(String id, String text, String location) {
	}

}
