package org.tutela.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.testing.DemoDatabase;
import org.tutela.testing.HttpTest;
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

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> SERIOUS = Set.of("serious", "critical");

	/**
	 * Pages an administrator must reach; a page missing here lacks demo data or a link.
	 */
	private static final Set<String> EVERY_PAGE = Set.of("/admin", "/admin/sessions", "/admin/sessions/{id}",
			"/admin/sessions/{id}/attendance", "/admin/sessions/{id}/certificates", "/admin/sessions/{id}/evaluations",
			"/admin/sessions/{id}/mail", "/admin/sessions/{id}/registrations/{id}/cancel", "/admin/catalog",
			"/admin/catalog/courses/{id}/edit", "/admin/catalog/rooms/{id}/edit", "/admin/people", "/admin/people/{id}",
			"/admin/people/duplicates", "/admin/people/import", "/admin/people/new", "/admin/people/{id}/edit",
			"/admin/organisations", "/admin/organisations/{id}", "/admin/organisations/new",
			"/admin/organisations/{id}/edit", "/admin/outreach", "/admin/outreach/lists/{code}",
			"/admin/outreach/clicks", "/admin/requests", "/admin/requests/{id}", "/admin/register",
			"/admin/register/notices", "/admin/register/notices/{id}", "/admin/register/third-parties",
			"/admin/retention", "/admin/disclosures", "/admin/audit", "/admin/accounts", "/admin/logins",
			"/me/connections", "/me/password");

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}[^\\s]*)?\\b");

	/** Constants that are also the words staff read. */
	private static final Set<String> WORDS = Set.of("GDPR");

	/** A constant as Java writes it: {@code CONFIRMED}, {@code PERSONNEL_NUMBER}. */
	private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\\b");

	/** A name as SQL writes it: {@code people_contact_point}, {@code value_cipher}. */
	private static final Pattern SNAKE = Pattern.compile("(?<![\\w.@-])[a-z][a-z0-9]*(_[a-z0-9]+)+(?![\\w@-])");

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
		Set<String> constants = constantsOfTheApplication();
		Set<String> names = namesOfTheDatabase();
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
			Set<String> reached = visitEveryPage(role, faults, constants, names);
			if (role == Role.ADMIN) {
				reachedByAdministrator.addAll(reached);
			}
			this.browser.quit();
			this.browser = null;
		}
		assertThat(faults).isEmpty();
		assertThat(reachedByAdministrator).containsAll(EVERY_PAGE);
	}

	/**
	 * Follows the links from the dashboard on to every back-office page, one address for
	 * each kind of page (every person's page is the same page), and looks at each;
	 * returns the kinds of page reached.
	 */
	private Set<String> visitEveryPage(Role role, List<String> faults, Set<String> constants, Set<String> names)
			throws IOException {
		Set<String> reached = new TreeSet<>();
		List<String> queue = new ArrayList<>(List.of("/admin"));
		while (!queue.isEmpty()) {
			String path = queue.remove(0);
			if (!reached.add(shape(path))) {
				continue;
			}
			this.browser.manage().window().setSize(new Dimension(1366, 1000));
			this.browser.get(base() + path + "?lang=en");
			if (!this.browser.findElements(By.cssSelector("body.face-site")).isEmpty()) {
				faults.add(role + " " + shape(path) + " is linked but answers with an error page");
				continue;
			}
			for (WebElement link : this.browser.findElements(By.cssSelector("a[href]"))) {
				String href = link.getAttribute("href");
				if (href != null && href.startsWith(base())) {
					String target = href.substring(base().length()).replaceAll("[?#].*", "");
					if ((target.startsWith("/admin") || target.startsWith("/me/"))
							&& !target.matches(".*(\\.pdf|\\.csv|/document)$") && !reached.contains(shape(target))) {
						queue.add(target);
					}
				}
			}
			faults.addAll(look(role + " " + shape(path), constants, names));
		}
		return reached;
	}

	/**
	 * The page shown, at a desktop's width and then at a phone's: its width, axe-core's
	 * verdict and screenshots of both; and its visible text, but for what it shows as
	 * code to type.
	 */
	private List<String> look(String where, Set<String> constants, Set<String> names) throws IOException {
		List<String> faults = new ArrayList<>();
		Path screenshots = Path.of("target", "screenshots", "pages");
		Files.createDirectories(screenshots);
		for (int width : List.of(1366, 390)) {
			this.browser.manage().window().setSize(new Dimension(width, 1000));
			String name = where.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + width + ".png";
			Files.write(screenshots.resolve(name), this.browser.getScreenshotAs(OutputType.BYTES));
			Object wider = this.browser
				.executeScript("return document.documentElement.scrollWidth > window.innerWidth ? "
						+ "document.documentElement.scrollWidth : 0");
			if (((Number) wider).intValue() > 0) {
				faults.add(where + " is " + wider + " px wide at " + width + " px");
			}
			Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(this.browser);
			for (Rule rule : results.getViolations()) {
				if (SERIOUS.contains(rule.getImpact())) {
					for (CheckedNode node : rule.getNodes()) {
						faults.add(where + " at " + width + " px: " + rule.getId() + " (" + rule.getImpact() + ") "
								+ node.getTarget() + " " + abbreviate(node.getHtml()));
					}
				}
			}
		}
		this.browser.manage().window().setSize(new Dimension(1366, 1000));
		String text = (String) this.browser
			.executeScript("document.querySelectorAll('code, kbd').forEach(element => element.remove());"
					+ "return document.body.innerText");
		faults.addAll(raw(where, text, constants, names));
		return faults;
	}

	private static List<String> raw(String where, String text, Set<String> constants, Set<String> tables) {
		List<String> faults = new ArrayList<>();
		find(UUID, text).forEach(found -> faults.add(where + " shows an id: " + found));
		find(ISO_DATE, text).forEach(found -> faults.add(where + " shows a machine date: " + found));
		find(CONSTANT, text).stream()
			.filter(constants::contains)
			.filter(found -> !WORDS.contains(found))
			.forEach(found -> faults.add(where + " shows a code: " + found));
		find(SNAKE, text).stream()
			.filter(tables::contains)
			.forEach(found -> faults.add(where + " shows a database name: " + found));
		return faults;
	}

	private static List<String> find(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found.stream().distinct().toList();
	}

	/**
	 * The names of the application's enum constants of more than three letters (shorter
	 * ones, such as {@code DPO} or {@code BSN}, are also words staff use).
	 */
	private static Set<String> constantsOfTheApplication() {
		Set<String> constants = new TreeSet<>();
		var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getSuperClassName() != null
				&& reader.getClassMetadata().getSuperClassName().equals(Enum.class.getName()));
		for (var candidate : scanner.findCandidateComponents("org.tutela")) {
			try {
				for (Object constant : Class.forName(candidate.getBeanClassName()).getEnumConstants()) {
					String name = ((Enum<?>) constant).name();
					if (name.length() > 3) {
						constants.add(name);
					}
				}
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return constants;
	}

	/** The database's table and column names written with an underscore. */
	private Set<String> namesOfTheDatabase() {
		Set<String> names = new TreeSet<>();
		names.addAll(
				this.jdbc.sql("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES").query(String.class).list());
		names.addAll(
				this.jdbc.sql("SELECT LOWER(COLUMN_NAME) FROM INFORMATION_SCHEMA.COLUMNS").query(String.class).list());
		names.removeIf(name -> !name.contains("_"));
		return names;
	}

	/**
	 * The kind of page an address shows: ids and codes in it replaced by a placeholder.
	 */
	private static String shape(String path) {
		return path.replaceAll(UUID.pattern(), "{id}")
			.replaceAll("/\\d+(?=/|$)", "/{id}")
			.replaceAll("/lists/[^/]+", "/lists/{code}");
	}

	private static String abbreviate(String html) {
		return html.length() > 160 ? html.substring(0, 160) + "…" : html;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
