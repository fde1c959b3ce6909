package org.tutela.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.catalog.Session;
import org.tutela.personaldata.PersonId;
import org.tutela.certification.Certificates;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.AttendanceMark;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.RegistrationSource;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.Subscribers;
import org.tutela.outreach.NewMailingList;
import org.tutela.people.ContactRole;
import org.tutela.people.IdentifierKind;
import org.tutela.people.ImportReport;
import org.tutela.people.ImportReport.RowError;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.PersonImports;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredColumn;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.register.Activity;
import org.tutela.register.LegalBasis;
import org.tutela.register.RecipientType;
import org.tutela.requests.fulfil.Overviews;
import org.tutela.testing.Browser;
import org.tutela.testing.ImportReports;
import org.tutela.testing.Mailbox;
import org.tutela.testing.PaperConsent;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.requests.RequestFixtures.dpo;
import static org.tutela.requests.RequestFixtures.link;

/**
 * A person with data in every module: the access overview holds every category the
 * database holds about them, module by module, as the catalogue declares it, each datum
 * under the activities it serves, in words and without the database's names; an erasure
 * leaves nothing of them where nothing is kept by law, and no import or form adds them
 * again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TrainingFixtures.class, RequestFixtures.class })
@DirtiesContext
class EverythingHeldTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestAnswers answers;

	@Autowired
	RequestFixtures fixtures;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

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

	private static final String UUID_PATTERN = "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}";

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theOverviewHoldsEveryCategoryTheDatabaseHoldsAboutThePersonInEveryModule_VCK9() {
		PersonId person = heldEverywhere("hilde+" + this.tag + "@client.example.org");

		Map<String, List<PersonalRecord>> exported = this.catalogue.export(person);
		Map<String, Set<DataCategory>> inDatabase = categoriesInDatabase(person);

		assertThat(inDatabase.keySet()).as("the modules seeded")
			.contains("people", "enrolment", "certification", "consent", "outreach", "disclosures", "requests");
		assertThat(exported.keySet()).as("every module that holds rows about the person exports them")
			.containsAll(inDatabase.keySet());
		inDatabase.forEach((module, categories) -> assertThat(categoriesIn(exported.getOrDefault(module, List.of())))
			.as("categories the export of " + module + " shows")
			.containsAll(categories));
	}

	@Test
	void everyDatumOfTheOverviewStandsUnderTheActivitiesItServesWithPurposeBasisRecipientsAndRetention_MEZ10_VCK9() {
		PersonId person = heldEverywhere("hilde+" + this.tag + "@client.example.org");

		Overview overview = this.overviews.of(person);

		assertThat(fieldsIn(overview.groups().stream().flatMap(group -> group.records().stream()).toList()))
			.as("every field exported, each once")
			.containsExactlyInAnyOrderElementsOf(
					fieldsIn(this.catalogue.export(person).values().stream().flatMap(List::stream).toList()));
		assertThat(overview.groups())
			.allSatisfy(group -> assertThat(group.activities()).isNotEmpty().allSatisfy(activity -> {
				assertThat(activity.purpose().in(Locale.ENGLISH)).isNotBlank();
				assertThat(activity.retention()).isNotEmpty();
			}));
		assertThat(overview.groups()).as("the national register number").anySatisfy(group -> {
			assertThat(group.records()).anySatisfy(record -> {
				assertThat(record.table()).isEqualTo("people_identifier");
				assertThat(record.label()).isEqualTo("NATIONAL_NUMBER");
			});
			assertThat(group.activities()).extracting(Activity::id).containsExactly("certification");
			assertThat(group.activities().get(0).basis()).isEqualTo(LegalBasis.LEGAL_OBLIGATION);
			assertThat(group.recipients()).contains("Flemish Department of Environment");
		});
		assertThat(overview.groups()).as("the certificates").anySatisfy(group -> {
			assertThat(group.activities()).extracting(Activity::id).containsExactly("certification");
			assertThat(group.records()).extracting(PersonalRecord::table).contains("certification_certificate");
		});
	}

	@Test
	void theOverviewToReadAndItsPdfSayWhyForEveryDatumInWordsAndNameNoTableOrColumn_MEZ10_VCK9() throws Exception {
		String email = "hilde+" + this.tag + "@client.example.org";
		PersonId person = heldEverywhere(email);
		String token = overviewLink(person, email);
		Browser visitor = new Browser(this.port);

		String page = visitor.get("/requests/download/" + token + "?lang=en").body();
		String pdf = PdfText.of(visitor.download("/requests/download/" + token + ".pdf?lang=en").body());

		Overview overview = this.overviews.of(person);
		for (String shown : List.of(page, pdf)) {
			assertThat(shown).as("no table or column name").doesNotContain(internalNames());
			assertThat(shown).contains("Attestations and certificates of certified courses",
					"a legal obligation (GDPR Art. 6(1)(c))", "Flemish Department of Environment",
					"Archived with restricted access 10 years after the end of the calendar year of the session",
					"Identification number: national register number", "First name", "Last name", "Ramaekers");
			overview.groups()
				.forEach(group -> group.activities()
					.forEach(activity -> assertThat(shown).contains(activity.purpose().in(Locale.ENGLISH))));
		}
		assertThat(visitor.get("/requests/download/" + token + "?lang=nl").body())
			.contains("Identificatienummer: rijksregisternummer", "een wettelijke verplichting")
			.doesNotContain(internalNames());
		assertThat(visitor.get("/requests/download/" + token + ".json?lang=en").body()).as("portable, labelled")
			.contains("\"table\":\"people_person\"",
					"{\"column\":\"last_name\",\"label\":\"Last name\",\"value\":\"Ramaekers\"}",
					"\"activities\":[\"certification\"]");
		assertThat(visitor.get("/requests/download/" + token + ".csv?lang=en").body())
			.contains("people_person,Your details,last_name,Last name,Ramaekers");
	}

	/**
	 * What the person reads is words: codes said in their language, days and moments in
	 * words in the configured time zone, what an id stands for (an organisation's name, a
	 * session's course and day, the consent text) and no id; the JSON keeps the stored
	 * values (MEZ-10, VCK-9).
	 */
	@Test
	void theOverviewToReadAndItsPdfShowEveryValueInWordsWithoutIdsCodesOrIsoTimes_MEZ10_VCK9() throws Exception {
		String email = "hilde+" + this.tag + "@client.example.org";
		PersonId person = heldEverywhere(email);
		String token = overviewLink(person, email);
		Browser visitor = new Browser(this.port);
		String course = this.catalogue.export(person).get("certification").get(0).fields().get("course_title");
		LocalDate held = LocalDate.now().minusDays(2);

		String page = text(visitor.get("/requests/download/" + token + "?lang=en").body());
		String pdf = PdfText.of(visitor.download("/requests/download/" + token + ".pdf?lang=en").body());
		for (String shown : List.of(page, pdf)) {
			assertThat(shown).as("no id").doesNotContainPattern(UUID_PATTERN);
			assertThat(shown).as("no ISO day or moment").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
			assertThat(shown).as("no code").doesNotContainPattern(codes());
			assertThat(shown)
				.contains("Client " + email, "HR contact", "from your employer", "English", "Confirmed", "our staff",
						course + ", " + held.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)),
						"You objected", "the GDPR", "Authority", "Active")
				// Other tests publish the same text for the purpose too, so its version
				// depends on their order.
				.containsPattern("version \\d+: I agree to marketing\\.")
				.containsPattern("[A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{2}:\\d{2}");
		}
		String dutch = text(visitor.get("/requests/download/" + token + "?lang=nl").body());
		assertThat(dutch).doesNotContainPattern(UUID_PATTERN)
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
			.doesNotContainPattern(codes())
			.contains("contactpersoon personeelszaken", "van uw werkgever", "Engels", "Bevestigd", "onze medewerkers",
					course + ", "
							+ held.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))),
					"U maakte bezwaar", "de AVG", "nee")
			.containsPattern("versie \\d+: I agree to marketing\\.")
			.containsPattern("\\d{1,2} [a-z]+ \\d{4} om \\d{2}:\\d{2}");
		assertThat(visitor.get("/requests/download/" + token + ".json?lang=en").body())
			.as("portable: the stored values")
			.contains("\"label\":\"Status\",\"value\":\"CONFIRMED\"", "\"value\":\"STAFF\"")
			.containsPattern("\"column\":\"session_id\",\"label\":\"Session\",\"value\":\"" + UUID_PATTERN);
	}

	/**
	 * The constants of the involved modules' enums, as whole words; HR and GDPR are also
	 * words the person reads ("HR manager", "GDPR Art. 6").
	 */
	private static String codes() {
		Set<String> words = Set.of("HR", "GDPR");
		return Stream
			.of(RegistrationStatus.class, RegistrationSource.class, ChoiceKind.class, Channel.class,
					Evidence.Framework.class, Provenance.class, ContactRole.class, IdentifierKind.class,
					RecipientType.class, LegalBasis.class, DataCategory.class, Right.class)
			.flatMap(type -> Stream.of(type.getEnumConstants()))
			.map(Enum::name)
			.filter(name -> !words.contains(name))
			.collect(Collectors.joining("|", "\\b(", ")\\b"));
	}

	/** The words of a page, without its markup. */
	private static String text(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	/**
	 * The link to the overview, as the person receives it once the DPO answers their
	 * access request.
	 */
	private String overviewLink(PersonId person, String email) throws Exception {
		DataRequest request = this.fixtures.verified(person, Right.ACCESS);
		dpo(() -> this.answers.answerAccess(request.id(), null));
		return link(Mailbox.await(smtp, email, "The overview of your data"), "/requests/download/");
	}

	/**
	 * Every bundle words each field and record kind the overview shows, in each language.
	 */
	@Test
	void everyFieldAndKindOfTheOverviewHasItsLabelInEnglishDutchAndFrench() throws IOException {
		PersonId person = heldEverywhere("hilde+" + this.tag + "@client.example.org");
		Overview overview = this.overviews.of(person);
		for (String language : List.of("", "_nl", "_fr")) {
			Properties labels = new Properties();
			for (Resource bundle : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:i18n/*" + language + ".properties")) {
				if (language.isEmpty() && bundle.getFilename().matches(".*_[a-z]{2}\\.properties")) {
					continue;
				}
				try (InputStream in = bundle.getInputStream()) {
					labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
			String bundle = "the bundles" + language;
			overview.groups().forEach(group -> group.records().forEach(record -> {
				assertThat(labels).as(bundle).containsKey("personal-data.record." + record.table());
				record.fields()
					.keySet()
					.forEach(column -> assertThat(labels).as(bundle)
						.containsKey("personal-data.field." + record.table() + "." + column));
			}));
		}
	}

	/**
	 * Tables and columns the catalogue names with an underscore: nothing a person would
	 * write themselves.
	 */
	private String[] internalNames() {
		Set<String> names = new TreeSet<>();
		this.catalogue.tables().forEach(table -> {
			names.add(table.name());
			table.columns().stream().map(DeclaredColumn::name).filter(name -> name.contains("_")).forEach(names::add);
		});
		return names.toArray(String[]::new);
	}

	private static List<String> fieldsIn(List<PersonalRecord> records) {
		return records.stream()
			.flatMap(record -> record.fields()
				.entrySet()
				.stream()
				.map(field -> record.table() + "." + record.label() + "." + field.getKey() + "=" + field.getValue()))
			.toList();
	}

	/**
	 * A participant of a certified session, with a certificate, and data in every other
	 * module.
	 */
	private PersonId heldEverywhere(String email) {
		this.training.client(email);
		Session session = this.training.session(true, 10, LocalDate.now().plusDays(3));
		Registration registration = Staff
			.coordinator(
					() -> this.registering.registerByStaff(
							session.id(), new RegistrationForm("Hilde", "Ramaekers", email, null,
									LocalDate.of(1985, 7, 30), null, "85.07.30-033.28", null, false, false, null),
							"en"));
		PersonId person = registration.participant();
		LocalDate held = LocalDate.now().minusDays(2);
		this.training.holdInThePast(session, held);
		Staff.coordinator(() -> {
			this.attendance.record(session.id(), new AttendanceMark(registration.id(), held, true, null));
			return this.certificates.issue(session.id());
		});
		this.consent.record(person, "marketing", ChoiceKind.GIVEN, PaperConsent.signed(this.consent, "marketing"));
		seedOutsideTraining(person);
		return person;
	}

	@Test
	void afterAnErasureNothingOfThePersonIsLeftInAnyModuleAndNothingAddsThemAgain_MEZ13() {
		String email = "lotte+" + this.tag + "@example.org";
		PersonId person = this.fixtures.person("Lotte", "Wouters", email);
		seedOutsideTraining(person);
		assertThat(categoriesInDatabase(person)).containsKeys("people", "consent", "outreach", "disclosures",
				"requests");
		DataRequest request = this.fixtures.verified(person, Right.ERASURE);

		ErasureOutcome outcome = dpo(() -> this.answers.erase(request.id()));

		assertThat(outcome.complete()).isTrue();
		assertThat(this.catalogue.export(person)).as("through the catalogue").isEmpty();
		assertThat(categoriesInDatabase(person)).as("in the database itself").isEmpty();
		assertThatThrownBy(() -> Staff.coordinator(
				() -> this.persons.register(new NewPerson("Lotte", null, "Wouters", null, "nl", null, Provenance.IMPORT,
						List.of(NewContact.business(email.toUpperCase(Locale.ROOT))), List.of(), List.of()))))
			.as("a form with her address")
			.isInstanceOf(InvalidInput.class);
		ImportReport imported = Staff.as(
				() -> ImportReports.finished(this.imports,
						this.imports.check("again.csv",
								("first_name;last_name;language;email\nLotte;Wouters;nl;" + email + "\n")
									.getBytes(StandardCharsets.UTF_8),
								Provenance.IMPORT)),
				"backoffice", "people.manage");
		assertThat(imported.validRows()).as("an import with her address").isZero();
		assertThat(imported.errors()).containsExactly(new RowError(2, "email", "erased"));
	}

	/**
	 * Consent, a mailing list, a disclosure and a request of its own about the person.
	 */
	private void seedOutsideTraining(PersonId person) {
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
		dpo(() -> this.intake.receive(new StaffIntake(Intake.LETTER, Right.ACCESS, null, "Requester", null, "a letter",
				LocalDate.now(), person, null)));
	}

	/**
	 * Per module that has rows linked to the person by a subject column, the categories
	 * of the declared personal columns that hold a value in them, read from the database
	 * directly.
	 */
	private Map<String, Set<DataCategory>> categoriesInDatabase(PersonId person) {
		Map<String, Set<DataCategory>> found = new TreeMap<>();
		for (PersonalDataProvider provider : this.providers) {
			for (DeclaredTable table : provider.tables()) {
				if (table.subject() != DataSubject.PERSON || table.subjectColumn() == null) {
					continue;
				}
				List<Map<String, Object>> rows = this.jdbc
					.sql("SELECT * FROM " + table.name() + " where " + table.subjectColumn() + " = :person")
					.param("person", person.value())
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
