package org.tutela.requests;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.personaldata.PersonId;
import org.tutela.register.PolicyPack;
import org.tutela.register.Processor;
import org.tutela.register.Register;
import org.tutela.requests.file.RequestFiles;
import org.tutela.requests.file.RequestStore;
import org.tutela.requests.fulfil.Overviews;

/**
 * Who received a person's data and is to be told of a rectification, erasure or
 * restriction (Art. 19): the recipients of the disclosure log, those of the activities
 * the overview shows, and the pack's processors, written in the request's file.
 */
@Component
class RecipientsToTell {

	private final RequestStore store;

	private final Overviews overviews;

	private final Disclosures disclosures;

	private final PolicyPack pack;

	RecipientsToTell(RequestStore store, Overviews overviews, Disclosures disclosures, Register register) {
		this.store = store;
		this.overviews = overviews;
		this.disclosures = disclosures;
		this.pack = register.pack();
	}

	void list(DataRequest request) {
		PersonId person = RequestFiles.subject(request);
		Set<String> recipients = new LinkedHashSet<>();
		this.disclosures.about(person).stream().map(Disclosure::recipient).forEach(recipients::add);
		this.overviews.of(person).groups().forEach(group -> recipients.addAll(group.recipients()));
		this.pack.processors().stream().map(Processor::name).forEach(recipients::add);
		this.store.recipientsToTell(request.id(), List.copyOf(recipients));
	}

}
