package org.tutela.catalog;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.identity.Role;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator changes what the catalogue keeps: a course's texts per language, price,
 * certificate and VAT, a room's name and seats, and the minimum number of participants a
 * session needs. A broken rule is named beside its field, in the reader's language, and
 * what was typed stays.
 */
@HttpTest
class CatalogEditingTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	Rooms rooms;

	@Autowired
	Sessions sessions;

	@Autowired
	Http http;

	private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

	private Browser coordinator;

	@BeforeEach
	void signIn() {
		this.coordinator = new Browser(this.port);
		this.coordinator.signIn(this.accounts.of(Role.COORDINATOR));
	}

	@Test
	void aCoordinatorChangesEveryDetailOfACourseFromTheCatalogue() {
		Course course = Staff
			.coordinator(() -> this.catalog.add(new NewCourse("ED-" + this.tag, "Brandpreventie", "nl", false, 4,
					9_500L, null, null, null, 100, 7, Map.of("nl", new CourseText("Brandpreventie", "Brand voorkomen."),
							"en", new CourseText("Fire prevention", "Preventing fires.")))));
		String edit = "/admin/catalog/courses/" + course.id() + "/edit";
		assertThat(this.coordinator.get("/admin/catalog?lang=en").body()).contains("href=\"" + edit + "\"");
		String form = this.coordinator.get(edit + "?lang=en").body();
		assertThat(form).contains("value=\"Brandpreventie\"", "value=\"95\"", "Preventing fires.");
		assertThat(form.split("id=\"price\"")).as("one field for the price").hasSize(2);
		assertThat(form).contains("<option value=\"STANDARD\" selected=\"selected\">Standard rate</option>",
				"<option value=\"EXEMPT\">Exempt: vocational training</option>");

		HttpResponse<String> saved = this.coordinator.post(edit, "code", "ED2-" + this.tag, "language", "nl",
				"certified", "true", "durationHours", "8", "price", "249,50", "certifyingAuthority", "FOD WASO",
				"accreditation", "BP-7", "validityMonths", "24", "attendancePercent", "80", "freeCancellationDays",
				"10", "vat", "EXEMPT", "title-nl", "Brandpreventie op de werkvloer", "description-nl",
				"Brand voorkomen en blussen.", "title-fr", "Prévention incendie", "description-fr", "", "title-en", "",
				"description-en", "Preventing fires.");

		assertThat(Browser.location(saved)).endsWith("/admin/catalog");
		Course changed = this.catalog.get(course.id());
		assertThat(changed.code()).isEqualTo("ED2-" + this.tag);
		assertThat(changed.title()).isEqualTo("Brandpreventie op de werkvloer");
		assertThat(changed.certified()).isTrue();
		assertThat(changed.durationHours()).isEqualTo(8);
		assertThat(changed.priceCents()).isEqualTo(24_950);
		assertThat(changed.certifyingAuthority()).isEqualTo("FOD WASO");
		assertThat(changed.accreditation()).isEqualTo("BP-7");
		assertThat(changed.validityMonths()).isEqualTo(24);
		assertThat(changed.attendancePercent()).isEqualTo(80);
		assertThat(changed.freeCancellationDays()).isEqualTo(10);
		assertThat(changed.vat()).isEqualTo(VatTreatment.EXEMPT);
		assertThat(this.http.get("/api/v1/courses/" + course.id()).body()).contains("\"vat\":\"EXEMPT\"");
		assertThat(changed.texts()).containsOnlyKeys("nl", "fr");
		assertThat(changed.title(Locale.FRENCH)).isEqualTo("Prévention incendie");
		assertThat(changed.description(Locale.forLanguageTag("nl"))).isEqualTo("Brand voorkomen en blussen.");
		assertThat(this.coordinator.get("/admin/catalog?lang=nl").body()).contains("Brandpreventie op de werkvloer",
				"249,50");
	}

	@Test
	void aCourseChangeThatBreaksARuleNamesItBesideItsFieldInTheReadersLanguageAndKeepsWhatWasTyped() {
		Course course = Staff.coordinator(() -> this.catalog.add(new NewCourse("EF-" + this.tag, "Heftruck", "nl",
				false, 8, 10_000L, null, null, null, 100, 7, Map.of("nl", new CourseText("Heftruck", "")))));
		Course other = Staff
			.coordinator(() -> this.catalog.add(new NewCourse("EG-" + this.tag, "Hoogwerker", "nl", false)));
		String edit = "/admin/catalog/courses/" + course.id() + "/edit";
		this.coordinator.get(edit + "?lang=nl");

		HttpResponse<String> refused = this.coordinator.post(edit + "?lang=nl", "code", "EF-" + this.tag, "language",
				"nl", "price", "twaalf", "attendancePercent", "150", "vat", "ZERO", "title-nl", "", "title-fr",
				"Chariot élévateur", "description-fr", "Conduire en sécurité.");

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("aria-describedby=\"price-error\"",
				"id=\"price-error\">Schrijf een bedrag in euro, zoals 195 of 195,50.",
				"aria-describedby=\"title-nl-error\"", "id=\"title-nl-error\">Dit veld is verplicht.",
				"id=\"vat-error\">Kies het normale tarief of de vrijstelling voor beroepsopleiding.",
				"value=\"twaalf\"", "value=\"Chariot élévateur\"", "Conduire en sécurité.", "value=\"150\"");
		this.coordinator.get(edit);
		HttpResponse<String> outOfRange = this.coordinator.post(edit + "?lang=en", "code", "EF-" + this.tag, "language",
				"nl", "attendancePercent", "150", "title-nl", "Heftruck");
		assertThat(outOfRange.body()).contains("aria-describedby=\"attendancePercent-error\"",
				"id=\"attendancePercent-error\">This number is out of range.");
		this.coordinator.get(edit);
		HttpResponse<String> taken = this.coordinator.post(edit + "?lang=en", "code", other.code(), "language", "nl",
				"title-nl", "Heftruck");
		assertThat(taken.body()).contains("id=\"code-error\">Another course has this code.",
				"value=\"" + other.code() + "\"");
		assertThat(this.catalog.get(course.id())).isEqualTo(course);
	}

	@Test
	void aCoordinatorChangesARoomButKeepsTheSeatsOfASessionToComeInIt() {
		Room room = Staff.coordinator(() -> this.rooms.addRoom(new NewRoom("Zaal " + this.tag, "Kaai 1, Gent", 20)));
		Course course = Staff.coordinator(() -> this.catalog.add(new NewCourse("ER-" + this.tag, "Zaal", "nl", false)));
		LocalDate day = LocalDate.now().plusDays(30);
		Staff.coordinator(() -> this.sessions.plan(new NewSession(course.id().value(), day, day, LocalTime.of(9, 0),
				LocalTime.of(12, 0), room.id(), false, 15, "nl", List.of())));
		String edit = "/admin/catalog/rooms/" + room.id() + "/edit";
		assertThat(this.coordinator.get("/admin/catalog?lang=en").body()).contains("href=\"" + edit + "\"");
		this.coordinator.get(edit);

		HttpResponse<String> refused = this.coordinator.post(edit + "?lang=en", "name", "Zaal " + this.tag + " bis",
				"address", "", "capacity", "10");
		assertThat(refused.body().split("id=\"room-capacity\"")).as("one field for the seats").hasSize(2);
		assertThat(refused.body()).contains("aria-describedby=\"room-address-error\"",
				"id=\"room-address-error\">This field is required.", "value=\"Zaal " + this.tag + " bis\"",
				"value=\"10\"");
		this.coordinator.get(edit);
		HttpResponse<String> tooSmall = this.coordinator.post(edit + "?lang=en", "name", "Zaal " + this.tag + " bis",
				"address", "Kaai 2, Gent", "capacity", "10");
		assertThat(tooSmall.body()).contains("aria-describedby=\"room-capacity-error\"",
				"id=\"room-capacity-error\">A session still to come in this room takes more people");
		this.coordinator.get(edit);
		HttpResponse<String> saved = this.coordinator.post(edit, "name", "Zaal " + this.tag + " bis", "address",
				"Kaai 2, Gent", "capacity", "15");

		assertThat(Browser.location(saved)).endsWith("/admin/catalog");
		assertThat(this.rooms.get(room.id()))
			.isEqualTo(new Room(room.id(), "Zaal " + this.tag + " bis", "Kaai 2, Gent", 15));
		Room empty = Staff.coordinator(() -> this.rooms.addRoom(new NewRoom("Leeg " + this.tag, "Kaai 3, Gent", 30)));
		this.coordinator.get("/admin/catalog/rooms/" + empty.id() + "/edit");
		this.coordinator.post("/admin/catalog/rooms/" + empty.id() + "/edit", "name", "Leeg " + this.tag, "address",
				"Kaai 3, Gent", "capacity", "2");
		assertThat(this.rooms.get(empty.id()).capacity()).as("no session to come in it").isEqualTo(2);
	}

	@Test
	void aSessionsMinimumIsPlannedChangedNoMoreThanItsCapacityAndShownInTheApi() {
		Course course = Staff
			.coordinator(() -> this.catalog.add(new NewCourse("EM-" + this.tag, "Minimum", "nl", false)));
		LocalDate day = LocalDate.now().plusDays(20);
		this.coordinator.get("/admin/catalog");
		HttpResponse<String> refused = this.coordinator.post("/admin/catalog/sessions?lang=en", "course",
				course.id().toString(), "firstDay", day.toString(), "startsAt", "09:00", "endsAt", "12:00", "online",
				"true", "capacity", "8", "minimum", "9", "language", "nl");
		assertThat(refused.body()).contains("aria-describedby=\"minimum-error\"",
				"id=\"minimum-error\">Give a minimum of at least 1 and no more than the capacity", "value=\"9\"",
				"value=\"" + day + "\"");
		this.coordinator.get("/admin/catalog");
		this.coordinator.post("/admin/catalog/sessions", "course", course.id().toString(), "firstDay", day.toString(),
				"startsAt", "09:00", "endsAt", "12:00", "online", "true", "capacity", "8", "minimum", "5", "language",
				"nl");
		Session planned = this.sessions.all()
			.stream()
			.filter(session -> session.course().id().equals(course.id()))
			.findFirst()
			.orElseThrow();
		assertThat(planned.minimum()).isEqualTo(5);

		String edit = "/admin/sessions/" + planned.id() + "/edit";
		assertThat(this.coordinator.get(edit).body()).contains("id=\"minimum\" name=\"minimum\" value=\"5\"");
		HttpResponse<String> changed = this.coordinator.post(edit, "firstDay", day.toString(), "startsAt", "09:00",
				"endsAt", "12:00", "online", "true", "capacity", "8", "minimum", "", "language", "nl");
		assertThat(Browser.location(changed)).endsWith("/admin/sessions/" + planned.id());
		assertThat(this.sessions.get(planned.id()).minimum()).isNull();
		this.coordinator.get(edit);
		this.coordinator.post(edit, "firstDay", day.toString(), "startsAt", "09:00", "endsAt", "12:00", "online",
				"true", "capacity", "8", "minimum", "3", "language", "nl");
		assertThat(this.http.get("/api/v1/sessions/" + planned.id()).body()).contains("\"minimum\":3");
		assertThat(this.coordinator.get("/admin/sessions/" + planned.id() + "?lang=en").body())
			.contains("Needs at least 3 participants to go ahead");
	}

	@Test
	void theCreationFormsNameABrokenRuleBesideItsFieldAndKeepWhatWasTyped() {
		this.coordinator.get("/admin/catalog");
		HttpResponse<String> session = this.coordinator.post("/admin/catalog/sessions?lang=en", "firstDay", "",
				"startsAt", "08:00", "endsAt", "12:00", "capacity", "0", "language", "fr");
		assertThat(session.body())
			.contains("aria-describedby=\"firstDay-error\"", "id=\"firstDay-error\">This field is required.",
					"id=\"capacity-error\">Give a capacity of at least 1.", "value=\"08:00\"",
					"<option value=\"fr\" selected=\"selected\">French</option>")
			.doesNotContain("firstDay:");
		this.coordinator.get("/admin/catalog");
		HttpResponse<String> room = this.coordinator.post("/admin/catalog/rooms?lang=fr", "name", "", "address",
				"Rue Haute 1, Bruxelles", "capacity", "12");
		assertThat(room.body()).contains("aria-describedby=\"room-name-error\"",
				"id=\"room-name-error\">Ce champ est obligatoire.", "value=\"Rue Haute 1, Bruxelles\"");
	}

	@Test
	void anApiClientPlansASessionWithOrWithoutAMinimum() {
		Course course = Staff.coordinator(() -> this.catalog.add(new NewCourse("EA-" + this.tag, "Api", "nl", false)));

		HttpResponse<String> without = planOverTheApi(course, "");
		assertThat(without.statusCode()).isEqualTo(201);
		assertThat(without.body()).contains("\"minimum\":null");
		HttpResponse<String> tooMany = planOverTheApi(course, ",\"minimum\":11");
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("\"field\":\"minimum\"");
	}

	/** Plans an online session for ten over the API, with the extra fields given. */
	private HttpResponse<String> planOverTheApi(Course course, String extra) {
		return this.http.postJson("/api/v1/sessions",
				"{\"course\":\"" + course.id() + "\",\"firstDay\":\"" + LocalDate.now().plusDays(25)
						+ "\",\"startsAt\":\"09:00\",\"endsAt\":\"12:00\",\"online\":true,\"capacity\":10,"
						+ "\"language\":\"nl\"" + extra + "}",
				"Authorization", this.accounts.of(Role.COORDINATOR).basic());
	}

}
