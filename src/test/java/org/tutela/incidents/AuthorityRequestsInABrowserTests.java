package org.tutela.incidents;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.dossiers.PreventionServiceTest;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of authority requests in Chromium (MEN-22): the DPO reaches the list, the
 * form and a request from the dashboard, and the client's HR contact the portal's list
 * and request; every page fits a phone and a desktop, passes axe-core and speaks in
 * words. Then the contact, on a phone, objects to a request with a reason.
 */
@PreventionServiceTest
class AuthorityRequestsInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	AuthorityRequests requests;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theDpoAndTheClientsContactReachTheirPagesAndEachFitsPassesAxeAndSpeaksInWords() throws IOException {
		String email = "hr+" + System.nanoTime() + "@example.org";
		Organisation client = this.training.client(email);
		informed(client, "Labour inspection Ghent");
		recorded(client, "Court of first instance Brussels");

		Set<String> dpo = tour(this.accounts.of(Role.DPO), "/admin", "/admin/authority-requests");
		assertThat(dpo).contains("/admin/authority-requests", "/admin/authority-requests/new",
				"/admin/authority-requests/{id}");
		assertThat(tour(this.accounts.portalWithPassword(Role.CLIENT_CONTACT, email), "/me", "/me/authority-requests"))
			.contains("/me/authority-requests", "/me/authority-requests/{id}");
		assertThat(tour(this.accounts.of(Role.COORDINATOR), "/admin", "/admin/authority-requests"))
			.doesNotContain("/admin/authority-requests");
	}

	@Test
	void theClientsContactOnAPhoneObjectsWithAReason_MEN22() throws IOException {
		String email = "hr+" + System.nanoTime() + "@example.org";
		Organisation client = this.training.client(email);
		AuthorityRequest request = informed(client, "Federal police");
		TestAccount hr = this.accounts.portalWithPassword(Role.CLIENT_CONTACT, email);

		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		RealBrowser.signIn(this.browser, base(), hr);
		this.browser.get(base() + "/me?lang=en");
		RealBrowser.click(this.browser, By.linkText("Requests of public bodies for your data"));
		RealBrowser.click(this.browser, By.linkText("Request " + request.reference()));
		RealBrowser.await(this.browser, By.id("answer-form"));
		RealBrowser.lookAt(this.browser, "authority-request-portal");
		RealBrowser.click(this.browser, By.id("answer-objection"));
		this.browser.findElement(By.id("reason")).sendKeys("Our lawyer answers this request.");
		RealBrowser.click(this.browser, By.cssSelector("#answer-form button[type=submit]"));
		RealBrowser.awaitAddress(this.browser, "/me/authority-requests/[0-9a-f-]+\\?answered");
		RealBrowser.lookAt(this.browser, "authority-request-portal-answered");

		assertThat(this.browser.findElement(By.id("answer")).getText()).contains("Objection",
				"Our lawyer answers this request.");
		assertThat(this.jdbc.sql("SELECT answer FROM incidents_authority_request WHERE id = :id")
			.param("id", request.id())
			.query(String.class)
			.single()).isEqualTo("OBJECTION");
	}

	private AuthorityRequest recorded(Organisation client, String requester) {
		return Staff.as(() -> this.requests.record(new NewAuthorityRequest(AuthorityRequestKind.INSPECTION, requester,
				"The health assessments of the paint shop", client.id(), LocalDateTime.now().minusHours(1), null)),
				"authority-requests.manage", "backoffice", "people.read");
	}

	private AuthorityRequest informed(Organisation client, String requester) {
		AuthorityRequest request = recorded(client, requester);
		return Staff.as(() -> this.requests.inform(request.id()), "authority-requests.manage", "backoffice",
				"people.read");
	}

	private Set<String> tour(TestAccount account, String start, String within) throws IOException {
		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), account);
		PageTour tour = new PageTour(this.browser, base(), this.jdbc);
		Set<String> reached = tour.visit(account.username(), start, within);
		// A portal test account's name carries an id, which the page header shows.
		String name = account.username();
		assertThat(tour.faults()).filteredOn(fault -> !fault.endsWith(name.substring(Math.max(0, name.length() - 36))))
			.isEmpty();
		this.browser.quit();
		this.browser = null;
		return reached;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
