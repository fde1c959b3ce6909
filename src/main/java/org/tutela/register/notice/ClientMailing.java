package org.tutela.register.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tutela.people.ContactRole;
import org.tutela.people.ContactUsage;
import org.tutela.people.Organisation;
import org.tutela.people.OrganisationContact;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.platform.mail.MailDelivery;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.register.Register;

/**
 * Tells the clients and members of a fundamental change of the notice by e-mail (MEN-1,
 * VCK-13): every contact person of each organisation not told yet, except those who are
 * only its invoice contact, in their own language, with what changed and where to read
 * the new notice. An organisation is marked as told once a message went to one of its
 * contacts.
 */
@Service
public class ClientMailing {

	private final NoticeVersions versions;

	private final Organisations organisations;

	private final Persons persons;

	private final MailDelivery mail;

	private final MessageSource messages;

	private final Register register;

	private final String baseUrl;

	ClientMailing(NoticeVersions versions, Organisations organisations, Persons persons, MailDelivery mail,
			MessageSource messages, Register register, @Value("${tutela.base-url}") String baseUrl) {
		this.versions = versions;
		this.organisations = organisations;
		this.persons = persons;
		this.mail = mail;
		this.messages = messages;
		this.register = register;
		this.baseUrl = baseUrl;
	}

	@PreAuthorize("hasAuthority('register.read') and hasAuthority('people.read')")
	public ClientsTold tell(long seq) {
		NoticeChange change = this.versions.change(seq);
		if (!change.version().fundamental()) {
			throw new NotFundamental(seq);
		}
		int told = 0;
		List<String> withoutAddress = new ArrayList<>();
		for (OrganisationToTell target : this.versions.organisationsToTell(seq)) {
			if (target.toldAt() != null) {
				continue;
			}
			Organisation organisation = this.organisations.get(target.id());
			int sent = 0;
			for (OrganisationContact contact : organisation.contacts()) {
				if (contact.role() != ContactRole.INVOICE && send(this.persons.get(contact.person()), change)) {
					sent++;
				}
			}
			if (sent > 0) {
				this.versions.markTold(seq, target.id());
				told++;
			}
			else {
				withoutAddress.add(organisation.name());
			}
		}
		return new ClientsTold(told, withoutAddress);
	}

	private boolean send(Person person, NoticeChange change) {
		Optional<String> address = person.emails()
			.stream()
			.filter(email -> email.usage() == ContactUsage.BUSINESS)
			.map(email -> email.value())
			.findFirst();
		if (address.isEmpty()) {
			return false;
		}
		Locale locale = Locale.forLanguageTag(person.language());
		String changes = change.changes()
			.stream()
			.filter(PackChange::fundamental)
			.map(item -> "- " + item.what())
			.collect(Collectors.joining("\n"));
		String name = this.register.pack().name().in(locale);
		this.mail.send(
				new OutgoingMail(address.get(),
						this.messages.getMessage("notices.mail.subject",
								new Object[] { change.version().packVersion() }, locale),
						this.messages
							.getMessage("notices.mail.text",
									new Object[] { person.fullName(), String.valueOf(change.version().modified()),
											changes, this.baseUrl + "/privacy?lang=" + locale.getLanguage(), name },
									locale)));
		return true;
	}

}
