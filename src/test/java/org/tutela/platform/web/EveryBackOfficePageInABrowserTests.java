package org.tutela.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.testing.DemoDatabase;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every back-office page, as each role that may open it, on the demo data: reached by
 * following the links staff see from the dashboard on, at a phone's width and a
 * desktop's. No page is wider than the window, none has an accessibility fault axe-core
 * rates serious or critical (WCAG 2.1 AA), and none shows staff a raw code, a table or
 * column name, an internal id or a machine timestamp.
 */
@HttpTest
@DemoDatabase
class EveryBackOfficePageInABrowserTests {

	/**
	 * Pages an administrator must reach; a page missing here lacks demo data or a link.
	 */
	private static final Set<String> EVERY_PAGE = Set.of("/admin", "/admin/sessions", "/admin/sessions/{id}",
			"/admin/sessions/{id}/attendance", "/admin/sessions/{id}/certificates", "/admin/sessions/{id}/evaluations",
			"/admin/sessions/{id}/mail", "/admin/sessions/{id}/registrations/{id}/cancel", "/admin/catalog",
			"/admin/catalog/courses/{id}/edit", "/admin/catalog/rooms/{id}/edit", "/admin/people", "/admin/people/{id}",
			"/admin/people/duplicates", "/admin/people/import", "/admin/people/new", "/admin/people/{id}/edit",
			"/admin/organisations", "/admin/organisations/{id}", "/admin/organisations/new",
			"/admin/organisations/{id}/edit", "/admin/organisations/{id}/billing", "/admin/people/{id}/billing",
			"/admin/outreach", "/admin/outreach/lists/{code}", "/admin/outreach/clicks", "/admin/requests",
			"/admin/requests/{id}", "/admin/register", "/admin/register/notices", "/admin/register/notices/{id}",
			"/admin/register/third-parties", "/admin/retention", "/admin/disclosures", "/admin/audit",
			"/admin/accounts", "/admin/logins", "/me/connections", "/me/password", "/admin/inquiries");

	@LocalServerPort
	int port;

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
	void everyPageFitsAPhoneAndADesktopPassesAxeAndSpeaksToStaffInWords() throws IOException {
		List<String> faults = new ArrayList<>();
		Set<String> reachedByAdministrator = new TreeSet<>();
		for (Role role : Role.values()) {
			// The pages are the same on either database: on PostgreSQL the administrator,
			// who reaches every page, checks the demo data loads and shows there.
			if (!role.isStaff() || (TestDatabase.isPostgres() && role != Role.ADMIN)) {
				continue;
			}
			this.browser = RealBrowser.start();
			RealBrowser.signIn(this.browser, base(), this.accounts.of(role));
			PageTour tour = new PageTour(this.browser, base(), this.jdbc);
			Set<String> reached = tour.visit(role.name(), "/admin");
			faults.addAll(tour.faults());
			if (role == Role.ADMIN) {
				reachedByAdministrator.addAll(reached);
			}
			this.browser.quit();
			this.browser = null;
		}
		assertThat(faults).isEmpty();
		assertThat(reachedByAdministrator).containsAll(EVERY_PAGE);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
