package org.tutela.network;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.enrolment.Registrations;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.platform.spreadsheet.SpreadsheetCells;
import org.tutela.register.PurposeGuard;

/**
 * The participant list of an event, handed to its participants (VCK-8): name, first name,
 * function and company of those with a place, leaving out whoever asked not to be named
 * (an objection to the matching activity) or whose processing is restricted. Staff see
 * who would be named; handing the list out records it in the disclosure log as given to
 * the other members, with every person named.
 */
@Service
public class EventParticipantLists {

	/** The recipient the pack's matching activity names for lists and matches. */
	public static final String MEMBERS = "Other members of the network";

	private static final List<String> CATEGORIES = List.of("identity", "professional", "company");

	private final Sessions sessions;

	private final Registrations registrations;

	private final Persons persons;

	private final Organisations organisations;

	private final PurposeGuard guard;

	private final Disclosures disclosures;

	private final AuditTrail audit;

	private final MessageSource messages;

	EventParticipantLists(Sessions sessions, Registrations registrations, Persons persons, Organisations organisations,
			PurposeGuard guard, Disclosures disclosures, AuditTrail audit, MessageSource messages) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.persons = persons;
		this.organisations = organisations;
		this.guard = guard;
		this.disclosures = disclosures;
		this.audit = audit;
		this.messages = messages;
	}

	/** Who the list would name, for staff before they hand it out. */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public ParticipantList of(UUID sessionId) {
		Session session = this.sessions.get(sessionId);
		List<ParticipantLine> named = new ArrayList<>();
		int leftOut = 0;
		for (Registration registration : this.registrations.ofSession(sessionId)) {
			if (registration.status() != RegistrationStatus.CONFIRMED) {
				continue;
			}
			if (!this.guard.check(registration.participant(), NetworkContacts.MATCHING).allowed()) {
				leftOut++;
				continue;
			}
			Person person = this.persons.getFor(registration.participant(), NetworkContacts.MATCHING);
			this.audit.record(AuditEvent.read(person.id(), NetworkContacts.MATCHING, "job_function", "organisation"));
			named.add(new ParticipantLine(person.id(), person.lastName(), person.firstName(), person.jobFunction(),
					company(registration)));
		}
		named.sort(Comparator.comparing(ParticipantLine::lastName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(ParticipantLine::firstName, String.CASE_INSENSITIVE_ORDER));
		return new ParticipantList(session, named, leftOut);
	}

	/**
	 * The list as CSV for the participants, recorded in the disclosure log as given to
	 * the other members; a list that names no one is not handed out.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public HandedOut handOut(UUID sessionId, Locale locale) {
		ParticipantList list = of(sessionId);
		if (list.named().isEmpty()) {
			throw new NobodyToName();
		}
		Disclosure disclosure = this.disclosures.recordOnBehalf(new NewDisclosure(NetworkContacts.MATCHING, MEMBERS,
				CATEGORIES, list.named().stream().map(ParticipantLine::person).toList(),
				"participant list " + list.session().course().code() + " " + list.session().firstDay()));
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord(word("network.list.last-name", locale), word("network.list.first-name", locale),
					word("network.list.function", locale), word("network.list.company", locale));
			for (ParticipantLine line : list.named()) {
				printer.printRecord(cells(line));
			}
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return new HandedOut(
				"participants-" + list.session().course().code() + "-" + list.session().firstDay() + ".csv",
				csv.toString(), disclosure.id());
	}

	private static List<String> cells(ParticipantLine line) {
		return List
			.of(line.lastName(), line.firstName(), line.function() == null ? "" : line.function(),
					line.company() == null ? "" : line.company())
			.stream()
			.map(SpreadsheetCells::defused)
			.toList();
	}

	private String company(Registration registration) {
		UUID organisation = registration.organisation();
		if (organisation == null) {
			organisation = this.organisations.ofContact(registration.participant()).stream().findFirst().orElse(null);
		}
		return organisation == null ? null : this.organisations.name(organisation).orElse(null);
	}

	private String word(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	/** The CSV handed out, the name it is saved under and the disclosure recording it. */
	public record HandedOut(String name, String text, UUID disclosure) {
	}

}
