package org.tutela.enrolment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisations;
import org.tutela.personaldata.DataCategory;
import org.tutela.platform.spreadsheet.SpreadsheetCells;
import org.tutela.register.Activity;

/**
 * A session's participant list as a CSV file for staff, for the session's own
 * organisation: those with a place or on the waiting list, with their name and status,
 * and their organisation and e-mail address as far as the pack's registration activity
 * collects those kinds of data. Each person named is recorded in the audit trail as an
 * export, with the fields it carried.
 */
@Service
public class ParticipantList {

	private final Sessions sessions;

	private final Registrations registrations;

	private final RegistrationFields fields;

	private final MailAddresses addresses;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final MessageSource messages;

	ParticipantList(Sessions sessions, Registrations registrations, RegistrationFields fields, MailAddresses addresses,
			Organisations organisations, AuditTrail audit, MessageSource messages) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.fields = fields;
		this.addresses = addresses;
		this.organisations = organisations;
		this.audit = audit;
		this.messages = messages;
	}

	/** The list, its column names and statuses in the reader's language. */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public Csv export(UUID sessionId, Locale locale) {
		Session session = this.sessions.get(sessionId);
		Activity activity = this.fields.activity();
		boolean organisation = activity.categories().contains(DataCategory.PROFESSIONAL);
		boolean email = activity.categories().contains(DataCategory.CONTACT);
		Set<String> carried = new LinkedHashSet<>(List.of("first_name", "second_name", "last_name"));
		List<String> header = new ArrayList<>(List.of(word("sessions.participant", locale)));
		if (organisation) {
			header.add(word("sessions.export.organisation", locale));
			carried.add("organisation");
		}
		if (email) {
			header.add(word("registration.email", locale));
			carried.add("contact_value");
		}
		header.add(word("sessions.status", locale));
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord(header);
			for (Registration registration : this.registrations.ofSession(sessionId)) {
				if (registration.status() == RegistrationStatus.CANCELLED) {
					continue;
				}
				Addressee person = this.addresses.of(registration.participant()).orElseThrow();
				List<String> line = new ArrayList<>(List.of(person.fullName()));
				if (organisation) {
					line.add(registration.organisation() == null ? ""
							: this.organisations.name(registration.organisation()).orElse(""));
				}
				if (email) {
					line.add(person.email());
				}
				line.add(word("sessions.status." + registration.status().name(), locale));
				printer.printRecord(line.stream().map(SpreadsheetCells::defused).toList());
				this.audit.record(new AuditEvent(AuditAction.EXPORT, registration.participant(), null, activity.id(),
						carried, "participant list of a session exported"));
			}
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return new Csv("participants-" + session.course().code() + "-" + session.firstDay() + ".csv", csv.toString());
	}

	private String word(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	/** A CSV file and the name it is saved under. */
	public record Csv(String name, String text) {
	}

}
