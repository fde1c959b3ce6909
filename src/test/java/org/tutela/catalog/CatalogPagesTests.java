package org.tutela.catalog;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.identity.Role;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator fills the catalogue in the back office: a course with its texts per
 * language, a room and a session with a trainer; the public calendar shows the session in
 * the visitor's language, and the trainer finds it among their sessions.
 */
@HttpTest
class CatalogPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CourseCatalog catalog;

	@Test
	void aCourseRoomAndSessionMadeInTheBackOfficeReachTheCalendarAndTheTrainer() {
		String code = "BO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
		String room = "Room " + code;
		var trainer = this.accounts.of(Role.TRAINER);
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));

		coordinator.get("/admin/catalog?lang=en");
		HttpResponse<String> refused = coordinator.post("/admin/catalog/courses", "code", "lower case", "language",
				"nl", "title-nl", "");
		assertThat(refused.body())
			.contains("aria-describedby=\"title-nl-error\"",
					"<div class=\"invalid-feedback d-block\" id=\"title-nl-error\">This field is required.</div>",
					"value=\"lower case\"")
			.doesNotContain("title-nl:");
		coordinator.get("/admin/catalog?lang=en");
		HttpResponse<String> course = coordinator.post("/admin/catalog/courses", "code", code, "language", "nl",
				"certified", "true", "durationHours", "8", "price", "250", "certifyingAuthority",
				"Departement Omgeving", "accreditation", "A-1", "validityMonths", "36", "attendancePercent", "100",
				"freeCancellationDays", "10", "title-nl", "Asbestverwijdering", "description-nl",
				"Veilig werken met asbest.", "title-fr", "Désamiantage", "description-fr",
				"Travailler en sécurité avec l'amiante.");
		assertThat(Browser.location(course)).endsWith("/admin/catalog");
		coordinator.get("/admin/catalog");
		coordinator.post("/admin/catalog/rooms", "name", room, "address", "Kaai 1, 2000 Antwerpen", "capacity", "20");

		String page = coordinator.get("/admin/catalog?lang=en").body();
		String courseId = valueOf(page, code + " · ");
		String roomId = valueOf(page, room + " (holds 20)");
		LocalDate day = LocalDate.now().plusDays(9);
		HttpResponse<String> session = coordinator.post("/admin/catalog/sessions", "course", courseId, "firstDay",
				day.toString(), "lastDay", day.plusDays(1).toString(), "startsAt", "09:00", "endsAt", "16:30", "room",
				roomId, "capacity", "16", "language", "fr", "trainers", trainer.id().value().toString());
		assertThat(Browser.location(session)).endsWith("/admin/catalog");

		coordinator.get("/admin/catalog");
		HttpResponse<String> clash = coordinator.post("/admin/catalog/sessions", "course", courseId, "firstDay",
				day.plusDays(1).toString(), "startsAt", "13:00", "endsAt", "17:00", "room", roomId, "capacity", "30",
				"language", "nl");
		assertThat(clash.body()).contains("id=\"room-error\">Another session uses the room at that time.",
				"id=\"capacity-error\">The room holds fewer people than the session", "value=\"30\"");

		Course stored = this.catalog.list()
			.stream()
			.filter(found -> found.code().equals(code))
			.findFirst()
			.orElseThrow();
		assertThat(stored.priceCents()).isEqualTo(25_000);
		assertThat(stored.validityMonths()).isEqualTo(36);
		String calendar = new Browser(this.port).get("/calendar?lang=fr&q=" + code).body();
		assertThat(calendar).contains("Désamiantage", room).doesNotContain("Asbestverwijdering");
		Browser teacher = new Browser(this.port);
		teacher.signIn(trainer);
		assertThat(teacher.get("/admin/sessions?lang=en").body()).contains(code);
	}

	/** The value of the option whose text starts as given. */
	private static String valueOf(String page, String text) {
		int at = page.indexOf(">" + text);
		String before = page.substring(0, at);
		String value = before.substring(before.lastIndexOf("value=\"") + 7);
		return value.substring(0, value.indexOf('"'));
	}

}
