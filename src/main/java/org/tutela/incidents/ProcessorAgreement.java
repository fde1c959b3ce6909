package org.tutela.incidents;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The Art. 28(3) agreement recorded with one processor the pack names: when it was signed
 * and is to be reviewed, where the processor stores the data, the safeguard of a transfer
 * outside the EEA with its date (the standard contractual clauses', for instance), the
 * name of the signed document, and the sub-processors engaged under it.
 */
public record ProcessorAgreement(String processor, LocalDate signedOn, LocalDate reviewOn, String storageCountry,
		@Nullable String safeguard, @Nullable LocalDate safeguardOn, String documentName,
		List<SubProcessor> subProcessors) {

	public ProcessorAgreement {
		subProcessors = List.copyOf(subProcessors);
	}

	/** Whether the review date has passed on that day. */
	public boolean reviewOverdue(LocalDate today) {
		return this.reviewOn.isBefore(today);
	}

	public AgreementForm form() {
		return new AgreementForm(this.signedOn.toString(), this.reviewOn.toString(), this.storageCountry,
				this.safeguard, this.safeguardOn == null ? null : this.safeguardOn.toString());
	}

}
