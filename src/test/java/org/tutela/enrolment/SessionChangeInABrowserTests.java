package org.tutela.enrolment;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tutela.catalog.NewRoom;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Room;
import org.tutela.catalog.Rooms;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.identity.Role;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, a coordinator moves a full session to another day and a larger
 * room, and gives the first person on the waiting list the place that came free; that
 * person is told by e-mail. A broken rule is named beside its field and what was typed
 * stays.
 */
@HttpTest
@Import(TrainingFixtures.class)
class SessionChangeInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Rooms rooms;

	@Autowired
	Sessions sessions;

	@Autowired
	Registering registering;

	@Autowired
	TestAccounts accounts;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aCoordinatorMovesASessionToALargerRoomAndGivesTheFirstWaitingAPlace() throws Exception {
		this.browser = RealBrowser.start();
		Room small = Staff
			.coordinator(() -> this.rooms.addRoom(new NewRoom("Small " + this.tag, "Kerkstraat 1, Gent", 1)));
		Room large = Staff
			.coordinator(() -> this.rooms.addRoom(new NewRoom("Large " + this.tag, "Kerkstraat 1, Gent", 20)));
		LocalDate firstDay = LocalDate.now().plusDays(40);
		Session session = Staff.coordinator(
				() -> this.sessions.plan(new NewSession(this.training.course(false, 7, null).id().value(), firstDay,
						firstDay, LocalTime.of(9, 0), LocalTime.of(16, 0), small.id(), false, 1, "en", List.of())));
		register(session, "Ann");
		String cis = register(session, "Cis");
		String dirk = register(session, "Dirk");

		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.COORDINATOR));
		this.browser.get(base() + "/admin/sessions/" + session.id() + "?lang=en");
		assertThat(this.browser.findElements(By.cssSelector("button.move-in"))).as("the session is full").isEmpty();
		RealBrowser.click(this.browser, By.id("edit"));
		RealBrowser.await(this.browser, By.id("firstDay"));

		LocalDate moved = firstDay.plusDays(7);
		type("firstDay", moved.toString());
		type("lastDay", moved.minusDays(1).toString());
		new Select(this.browser.findElement(By.id("room"))).selectByVisibleText("Large " + this.tag + " (holds 20)");
		type("capacity", "2");
		RealBrowser.click(this.browser, By.cssSelector("#change-session button[type=submit]"));

		WebElement lastDay = RealBrowser.await(this.browser, By.cssSelector("#lastDay[aria-invalid=true]")).get(0);
		assertThat(lastDay.getAttribute("aria-describedby")).isEqualTo("lastDay-error");
		assertThat(this.browser.findElement(By.id("lastDay-error")).getText())
			.isEqualTo("The last day cannot be before the first.");
		assertThat(this.browser.findElement(By.id("firstDay")).getAttribute("value")).isEqualTo(moved.toString());
		assertThat(this.browser.findElement(By.id("capacity")).getAttribute("value")).isEqualTo("2");
		RealBrowser.lookAt(this.browser, "session-change-refused");

		type("lastDay", moved.toString());
		RealBrowser.click(this.browser, By.cssSelector("#change-session button[type=submit]"));
		RealBrowser.awaitText(this.browser, By.id("saved"), "The session was changed.");
		assertThat(this.browser.findElement(By.id("place")).getText()).isEqualTo("Large " + this.tag);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains(
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(moved),
				"1 place left");
		Session changed = this.sessions.get(session.id());
		assertThat(changed.firstDay()).isEqualTo(moved);
		assertThat(changed.room().id()).isEqualTo(large.id());
		assertThat(changed.capacity()).isEqualTo(2);

		List<WebElement> giveAPlace = this.browser.findElements(By.cssSelector("button.move-in"));
		assertThat(giveAPlace).as("a place on each waiting row").hasSize(2);
		RealBrowser.click(this.browser, By.cssSelector("button.move-in"));
		assertThat(RealBrowser.awaitText(this.browser, By.id("moved-in"), "Cis")).contains("has a place now");
		assertThat(Mailbox.await(smtp, cis, "A place for you")).hasSize(1);
		assertThat(Mailbox.to(smtp, dirk, "A place for you")).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("button.move-in"))).as("the session is full again")
			.isEmpty();
		RealBrowser.lookAt(this.browser, "session-after-move-in");
	}

	private String register(Session session, String firstName) {
		String email = firstName.toLowerCase(Locale.ROOT) + "+" + this.tag + "@example.org";
		Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm(firstName, "Janssens", email, null, null, null, null, null, null, null, null),
				"en"));
		return email;
	}

	private void type(String field, String value) {
		WebElement input = this.browser.findElement(By.id(field));
		this.browser.executeScript("arguments[0].value = arguments[1]", input, value);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
