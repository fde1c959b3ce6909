package org.tutela.incidents.processor;

import org.springframework.stereotype.Component;
import org.tutela.register.AgreementsInHand;

/**
 * The processor agreements the data protection officer has recorded, as the record of
 * processing counts them, so that the register and the processors' page agree on which
 * are missing.
 */
@Component
class RecordedAgreements implements AgreementsInHand {

	private final ProcessorAgreementStore store;

	RecordedAgreements(ProcessorAgreementStore store) {
		this.store = store;
	}

	@Override
	public boolean recorded(String processor) {
		return this.store.exists(processor);
	}

}
