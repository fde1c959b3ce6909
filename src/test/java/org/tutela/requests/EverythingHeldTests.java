package org.tutela.requests;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.catalog.Session;
import org.tutela.certification.Certificates;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.AttendanceMark;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.Registrations;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.Subscribers;
import org.tutela.outreach.NewMailingList;
import org.tutela.people.ImportReport;
import org.tutela.people.ImportReport.RowError;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.PersonImports;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.platform.DataCategory;
import org.tutela.platform.DataSubject;
import org.tutela.platform.DeclaredColumn;
import org.tutela.platform.DeclaredTable;
import org.tutela.platform.InvalidInput;
import org.tutela.platform.PersonalDataCatalogue;
import org.tutela.platform.PersonalDataProvider;
import org.tutela.platform.PersonalRecord;
import org.tutela.register.LegalBasis;
import org.tutela.requests.fulfil.Overviews;
import org.tutela.testing.ImportReports;
import org.tutela.testing.PaperConsent;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.requests.RequestFixtures.dpo;

/**
 * A person with data in every module: the access overview holds every category the database
 * holds about them, module by module, as the catalogue declares it; an erasure leaves nothing of
 * them where nothing is kept by law, and no import or form adds them again.
 */
@SpringBootTest
@Import({ TrainingFixtures.class, RequestFixtures.class })
@DirtiesContext
class EverythingHeldTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	DataRequests requests;

	@Autowired
	RequestAnswers answers;

	@Autowired
	RequestFixtures fixtures;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registrations registrations;

	@Autowired
	AttendanceBook attendance;

	@Autowired
	Certificates certificates;

	@Autowired
	ConsentLedger consent;

	@Autowired
	MailingLists lists;

	@Autowired
	Subscribers subscribers;

	@Autowired
	Disclosures disclosures;

	@Autowired
	Persons persons;

	@Autowired
	PersonImports imports;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	Overviews overviews;

	@Autowired
	List<PersonalDataProvider> providers;

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theOverviewHoldsEveryCategoryTheDatabaseHoldsAboutThePersonInEveryModule_VCK9() {
		String email = "hilde+" + this.tag + "@client.example.org";
		this.training.client(email);
		Session session = this.training.session(true, 10, LocalDate.now().plusDays(3));
		Registration registration = Staff.coordinator(() -> this.registrations.registerByStaff(session.id(),
				new RegistrationForm("Hilde", "Ramaekers", email, null, LocalDate.of(1985, 7, 30), null, "85.07.30-033.28",
						null, false, false, null),
				"en"));
		UUID person = registration.participant();
		LocalDate held = LocalDate.now().minusDays(2);
		this.training.holdInThePast(session, held);
		Staff.coordinator(() -> {
			this.attendance.record(session.id(), new AttendanceMark(registration.id(), held, true, null));
			return this.certificates.issue(session.id());
		});
		seedOutsideTraining(person);

		Map<String, List<PersonalRecord>> exported = this.catalogue.export(person);
		Map<String, Set<DataCategory>> inDatabase = categoriesInDatabase(person);

		assertThat(inDatabase.keySet()).as("the modules seeded")
			.contains("people", "enrolment", "certification", "consent", "outreach", "disclosures", "requests");
		assertThat(exported.keySet()).as("every module that holds rows about the person exports them")
			.containsAll(inDatabase.keySet());
		inDatabase.forEach((module, categories) -> assertThat(categoriesIn(exported.getOrDefault(module, List.of())))
			.as("categories the export of " + module + " shows")
			.containsAll(categories));
		Overview overview = this.overviews.of(person);
		assertThat(overview.recordCount()).as("every record, each under one purpose")
			.isEqualTo(exported.values().stream().mapToInt(List::size).sum());
		assertThat(overview.groups()).anySatisfy(group -> {
			assertThat(group.activity()).isEqualTo("certification");
			assertThat(group.basis()).isEqualTo(LegalBasis.LEGAL_OBLIGATION);
			assertThat(group.recipients()).contains("Flemish Department of Environment");
			assertThat(group.retention()).contains("archive 10 years after end of calendar year of session");
			assertThat(group.records()).extracting(PersonalRecord::table).contains("certification_certificate");
		});
	}

	@Test
	void afterAnErasureNothingOfThePersonIsLeftInAnyModuleAndNothingAddsThemAgain_MEZ13() {
		String email = "lotte+" + this.tag + "@example.org";
		UUID person = this.fixtures.person("Lotte", "Wouters", email);
		seedOutsideTraining(person);
		assertThat(categoriesInDatabase(person)).containsKeys("people", "consent", "outreach", "disclosures", "requests");
		DataRequest request = this.fixtures.verified(person, Right.ERASURE);

		ErasureOutcome outcome = dpo(() -> this.answers.erase(request.id()));

		assertThat(outcome.complete()).isTrue();
		assertThat(this.catalogue.export(person)).as("through the catalogue").isEmpty();
		assertThat(categoriesInDatabase(person)).as("in the database itself").isEmpty();
		assertThatThrownBy(() -> Staff.coordinator(() -> this.persons.register(new NewPerson("Lotte", null, "Wouters",
				null, "nl", null, Provenance.IMPORT, List.of(NewContact.business(email.toUpperCase(Locale.ROOT))), List.of(),
				List.of()))))
			.as("a form with her address")
			.isInstanceOf(InvalidInput.class);
		ImportReport imported = Staff.as(() -> ImportReports.finished(this.imports, this.imports.check("again.csv",
				("first_name;last_name;language;email\nLotte;Wouters;nl;" + email + "\n").getBytes(StandardCharsets.UTF_8),
				Provenance.IMPORT)), "backoffice", "people.manage");
		assertThat(imported.validRows()).as("an import with her address").isZero();
		assertThat(imported.errors()).containsExactly(new RowError(2, "email", "erased"));
	}

	/** Consent, a mailing list, a disclosure and a request of its own about the person. */
	private void seedOutsideTraining(UUID person) {
		this.consent.record(person, "marketing", ChoiceKind.OBJECTED, Evidence.of(Channel.STAFF));
		String code = "held-" + this.tag;
		Staff.as(() -> {
			this.lists.create(new NewMailingList(code, "Service notices " + this.tag, "training-administration",
					ListCategory.LEGAL));
			this.subscribers.add(code, person, PaperConsent.signed(this.consent, "training-administration"));
			return null;
		}, "backoffice", "outreach.manage");
		Staff.as(() -> this.disclosures.record(new NewDisclosure("certification", "Flemish Department of Environment",
				List.of("IDENTITY"), List.of(person), "held-" + this.tag)), "backoffice", "disclosures.record");
		dpo(() -> this.requests.receive(new StaffIntake(Intake.LETTER, Right.ACCESS, null, "Requester", null,
				"a letter", LocalDate.now(), person, null)));
	}

	/**
	 * Per module that has rows linked to the person by a subject column, the categories of the
	 * declared personal columns that hold a value in them, read from the database directly.
	 */
	private Map<String, Set<DataCategory>> categoriesInDatabase(UUID person) {
		Map<String, Set<DataCategory>> found = new TreeMap<>();
		for (PersonalDataProvider provider : this.providers) {
			for (DeclaredTable table : provider.tables()) {
				if (table.subject() != DataSubject.PERSON || table.subjectColumn() == null) {
					continue;
				}
				List<Map<String, Object>> rows = this.jdbc
					.sql("select * from " + table.name() + " where " + table.subjectColumn() + " = :person")
					.param("person", person)
					.query()
					.listOfRows();
				for (Map<String, Object> row : rows) {
					Set<DataCategory> categories = found.computeIfAbsent(provider.module(),
							module -> EnumSet.noneOf(DataCategory.class));
					Map<String, Object> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
					byName.putAll(row);
					for (DeclaredColumn column : table.columns()) {
						if (column.personal() && byName.get(column.name()) != null) {
							categories.add(column.category());
						}
					}
				}
			}
		}
		return found;
	}

	private Set<DataCategory> categoriesIn(List<PersonalRecord> records) {
		Map<String, DeclaredTable> tables = new HashMap<>();
		this.catalogue.tables().forEach(table -> tables.put(table.name(), table));
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		for (PersonalRecord record : records) {
			DeclaredTable table = tables.get(record.table());
			table.columns()
				.stream()
				.filter(column -> record.fields().containsKey(column.name()))
				.forEach(column -> categories.add(column.category()));
		}
		return categories;
	}

}
