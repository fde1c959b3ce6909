package org.tutela.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.identity.Role;
import org.tutela.testing.HttpTest;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, a coordinator follows the link beside a course in the catalogue,
 * gives it another Dutch title and price, and finds both in the catalogue and on the
 * public page of its session. A price that cannot be read is named beside its field and
 * what was typed stays.
 */
@HttpTest
class CourseChangeInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	Sessions sessions;

	@Autowired
	TestAccounts accounts;

	private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aCoordinatorGivesACourseAnotherDutchTitleAndPriceAndSeesThemInTheCatalogueAndOnTheSessionPage()
			throws Exception {
		this.browser = RealBrowser.start();
		Course course = Staff
			.coordinator(() -> this.catalog.add(new NewCourse("BR-" + this.tag, "Ladders", "nl", false, 4, 12_000L,
					null, null, null, 100, 7, Map.of("nl", new CourseText("Ladders", "Veilig op de ladder.")))));
		LocalDate day = LocalDate.now().plusDays(15);
		Session session = Staff.coordinator(() -> this.sessions.plan(new NewSession(course.id().value(), day, day,
				LocalTime.of(9, 0), LocalTime.of(12, 0), null, true, 10, "nl", List.of())));

		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.COORDINATOR));
		this.browser.get(base() + "/admin/catalog?lang=nl");
		RealBrowser.click(this.browser, By.cssSelector("a[href='/admin/catalog/courses/" + course.id() + "/edit']"));
		RealBrowser.await(this.browser, By.id("title-nl"));
		type("title-nl", "Veilig werken op ladders " + this.tag);
		type("price", "1O5");
		RealBrowser.click(this.browser, By.cssSelector("#change-course button[type=submit]"));

		WebElement price = RealBrowser.await(this.browser, By.cssSelector("#price[aria-invalid=true]")).get(0);
		assertThat(price.getAttribute("aria-describedby")).isEqualTo("price-error");
		assertThat(this.browser.findElement(By.id("price-error")).getText())
			.isEqualTo("Schrijf een bedrag in euro, zoals 195 of 195,50.");
		assertThat(price.getAttribute("value")).isEqualTo("1O5");
		assertThat(this.browser.findElements(By.id("price"))).as("one field for the price").hasSize(1);
		assertThat(this.browser.findElement(By.id("title-nl")).getAttribute("value"))
			.isEqualTo("Veilig werken op ladders " + this.tag);
		RealBrowser.lookAt(this.browser, "course-change-refused");

		type("price", "105,50");
		RealBrowser.click(this.browser, By.cssSelector("#change-course button[type=submit]"));
		RealBrowser.awaitText(this.browser, By.id("saved"), "BR-" + this.tag);
		String row = this.browser.findElement(By.xpath("//table[@id='courses']//tr[td[text()='BR-" + this.tag + "']]"))
			.getText();
		assertThat(row).contains("Veilig werken op ladders " + this.tag, "105,50");

		this.browser.get(base() + "/sessions/" + session.id() + "?lang=nl");
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Veilig werken op ladders " + this.tag);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("105,50 EUR");
		assertThat(this.catalog.get(course.id()).priceCents()).isEqualTo(10_550);
	}

	private void type(String field, String value) {
		WebElement input = this.browser.findElement(By.id(field));
		input.clear();
		input.sendKeys(value);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
