package org.tutela.certification;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.certification.archive.CertificateStore;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.Registrations;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.people.IdentifierKind;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.personaldata.DataCategory;
import org.tutela.platform.spreadsheet.SpreadsheetCells;
import org.tutela.register.Activity;
import org.tutela.register.RecipientType;
import org.tutela.register.Register;

/**
 * The participants of a certified session, for the certifying authority (MEZ-4): as CSV
 * or XML, with the national register number, and every export recorded in the disclosure
 * log with the pack's certification activity, its legal basis and the persons it named.
 */
@Service
public class AuthorityExport {

	/**
	 * The categories an export carries, as far as the pack's certification activity
	 * declares them.
	 */
	private static final Set<DataCategory> CARRIED = Set.of(DataCategory.IDENTITY, DataCategory.IDENTIFIER,
			DataCategory.DEMOGRAPHIC);

	public enum Format {

		CSV, XML

	}

	private final Sessions sessions;

	private final Registrations registrations;

	private final AttendanceBook attendance;

	private final CertificateStore certificates;

	private final Persons persons;

	private final Disclosures disclosures;

	private final Register register;

	AuthorityExport(Sessions sessions, Registrations registrations, AttendanceBook attendance,
			CertificateStore certificates, Persons persons, Disclosures disclosures, Register register) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.attendance = attendance;
		this.certificates = certificates;
		this.persons = persons;
		this.disclosures = disclosures;
		this.register = register;
	}

	/** The authorities the pack's certification activity reports to, by name. */
	@Transactional(readOnly = true)
	public List<String> authorities() {
		return certification()
			.map(activity -> activity.recipients()
				.stream()
				.filter(recipient -> recipient.type() == RecipientType.AUTHORITY)
				.map(recipient -> recipient.name())
				.toList())
			.orElse(List.of());
	}

	@PreAuthorize("hasAuthority('enrolment.manage') and hasAuthority('disclosures.record')")
	@Transactional
	public ExportFile export(UUID sessionId, String authority, Format format) {
		Session session = this.sessions.get(sessionId);
		Activity activity = certification().filter(found -> session.course().certified())
			.orElseThrow(() -> new NotCertified(sessionId));
		List<Registration> participants = this.registrations.confirmed(sessionId);
		if (participants.isEmpty()) {
			throw new NothingToExport(sessionId);
		}
		Set<UUID> completed = this.attendance.completed(session)
			.stream()
			.map(Registration::id)
			.collect(Collectors.toSet());
		Map<UUID, String> codes = this.certificates.ofSession(sessionId, Caller.holds(Permission.READ_ARCHIVE))
			.stream()
			.collect(Collectors.toMap(Certificate::registration, Certificate::code));
		List<Line> lines = new ArrayList<>();
		for (Registration registration : participants) {
			Person person = this.persons.get(registration.participant());
			String number = this.persons.identifier(person.id(), IdentifierKind.NATIONAL_NUMBER, activity.id())
				.orElse("");
			String code = codes.getOrDefault(registration.id(), "");
			lines.add(new Line(number, person.lastName(), person.firstName(),
					person.birthDate() == null ? "" : person.birthDate().toString(),
					completed.contains(registration.id()), code));
		}
		this.disclosures.record(new NewDisclosure(activity.id(), authority,
				activity.categories()
					.stream()
					.filter(CARRIED::contains)
					.map(category -> category.name().toLowerCase(Locale.ROOT))
					.toList(),
				participants.stream().map(Registration::participant).toList(),
				session.course().code() + " " + session.firstDay()));
		String name = "participants-" + session.course().code() + "-" + session.firstDay();
		return format == Format.CSV ? new ExportFile(name + ".csv", "text/csv; charset=UTF-8", csv(session, lines))
				: new ExportFile(name + ".xml", "application/xml", xml(session, authority, lines));
	}

	private Optional<Activity> certification() {
		@Nullable String id = this.register.pack().training().certification();
		return id == null ? Optional.empty() : this.register.pack().activity(id);
	}

	private static byte[] csv(Session session, List<Line> lines) {
		StringBuilder csv = new StringBuilder(
				"national_number;last_name;first_name;birth_date;course_code;accreditation;first_day;last_day;completed;certificate\r\n");
		for (Line line : lines) {
			csv.append(String.join(";", cell(line.nationalNumber()), cell(line.lastName()), cell(line.firstName()),
					line.birthDate(), cell(session.course().code()),
					cell(String.valueOf(session.course().accreditation())), session.firstDay().toString(),
					session.lastDay().toString(), line.completed() ? "yes" : "no", line.certificate()))
				.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A CSV cell (RFC 4180), quoted when it holds the separator, a quote or a line break;
	 * formulas defused.
	 */
	private static String cell(String value) {
		String safe = SpreadsheetCells.defused(value);
		return safe.matches(".*[;\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	private static byte[] xml(Session session, String authority, List<Line> lines) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("attestations");
			xml.writeAttribute("authority", authority);
			xml.writeAttribute("course", session.course().code());
			xml.writeAttribute("accreditation", String.valueOf(session.course().accreditation()));
			xml.writeAttribute("first-day", session.firstDay().format(DateTimeFormatter.ISO_DATE));
			xml.writeAttribute("last-day", session.lastDay().format(DateTimeFormatter.ISO_DATE));
			for (Line line : lines) {
				xml.writeStartElement("participant");
				element(xml, "national-number", line.nationalNumber());
				element(xml, "last-name", line.lastName());
				element(xml, "first-name", line.firstName());
				element(xml, "birth-date", line.birthDate());
				element(xml, "completed", Boolean.toString(line.completed()));
				element(xml, "certificate", line.certificate());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException broken) {
			throw new IllegalStateException("The export could not be written", broken);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private record Line(String nationalNumber, String lastName, String firstName, String birthDate, boolean completed,
			String certificate) {
	}

}
