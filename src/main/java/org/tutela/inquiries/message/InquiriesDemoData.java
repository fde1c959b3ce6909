package org.tutela.inquiries.message;

import org.springframework.stereotype.Component;
import org.tutela.inquiries.Receiving;
import org.tutela.inquiries.SentInquiry;
import org.tutela.platform.demo.DemoData;

/**
 * A question from the demo member's HR contact under each subject of the pack: each team
 * has a message to answer, on the member's file.
 */
@Component
class InquiriesDemoData implements DemoData {

	private final Receiving receiving;

	InquiriesDemoData(Receiving receiving) {
		this.receiving = receiving;
	}

	@Override
	public void load() {
		if (!this.receiving.offered().contactOpen()) {
			return;
		}
		this.receiving.offered()
			.subjects()
			.forEach(subject -> this.receiving.contact(new SentInquiry(subject.id(), null, "An", "Peeters",
					"an.peeters@example.be", "Bouwwerken Demo NV", null,
					"Could three of our site managers follow the first-aid course in Ghent next spring? <b>Thank you</b>",
					"nl")));
	}

	/** After the people module's demo persons. */
	@Override
	public int order() {
		return 20;
	}

}
