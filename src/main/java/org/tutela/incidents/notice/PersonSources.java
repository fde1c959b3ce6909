package org.tutela.incidents.notice;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.incidents.AffectedPersons;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.PersonalDataCatalogue;

/**
 * The queries that name the persons a choice stands for, one column of person ids each,
 * read over the modules' tables as the outreach audiences are: the registrations of a
 * session (cancelled ones too: their data is held all the same), the subscriptions of a
 * list, one person, or the rows of a kind of record the catalogue declares about persons.
 * Table and column names come from the catalogue alone, never from what was typed.
 */
@Component
public class PersonSources {

	private final PersonalDataCatalogue catalogue;

	private final MessageSource messages;

	PersonSources(PersonalDataCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/** The query for the choice; empty when it names nothing the catalogue knows. */
	public Optional<String> query(AffectedPersons choice) {
		return switch (choice.kind()) {
			case SESSION -> Optional.of("SELECT participant_id FROM enrolment_registration WHERE session_id = :source");
			case LIST -> Optional.of("SELECT person_id FROM outreach_subscription WHERE list_id = :source");
			case PERSON -> Optional.of("SELECT id FROM people_person WHERE id = :source");
			case RECORD -> recordKinds().stream()
				.filter(table -> table.name().equals(choice.source()))
				.findFirst()
				.map(table -> "SELECT " + table.subjectColumn() + " FROM " + table.name());
		};
	}

	/**
	 * The kinds of record about persons that can be chosen, by name: those the catalogue
	 * declares with a subject column and a name readers know, besides the person record
	 * itself (everyone) and the breach's own.
	 */
	public List<RecordKind> kinds(Locale locale) {
		return recordKinds().stream()
			.map(table -> new RecordKind(table.name(),
					this.messages.getMessage("personal-data.record." + table.name(), null, "", locale)))
			.filter(kind -> !kind.name().isEmpty())
			.sorted(Comparator.comparing(RecordKind::name))
			.toList();
	}

	private List<DeclaredTable> recordKinds() {
		return this.catalogue.tables()
			.stream()
			.filter(table -> table.subject() == DataSubject.PERSON && table.subjectColumn() != null
					&& !table.personRecord() && !table.name().startsWith("incidents_"))
			.toList();
	}

	/** A kind of record, by its table, with the name it is shown under. */
	public record RecordKind(String table, String name) {
	}

}
