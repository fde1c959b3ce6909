package org.tutela.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.assertj.core.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in staff member's tour of the back office in a real browser: following the
 * links from a start page to every page they can reach, one address for each kind of
 * page, each looked at a desktop's width and a phone's. A page wider than the window, an
 * accessibility fault axe-core rates serious or critical (WCAG 2.1 AA), or a raw code,
 * table or column name, internal id or machine timestamp in its text is a fault.
 * Screenshots go to {@code target/screenshots/pages}.
 */
public final class PageTour {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> SERIOUS = Set.of("serious", "critical");

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}[^\\s]*)?\\b");

	/**
	 * Constants that are also the words staff read. The page is read as written, before
	 * the style sheet sets headings in capitals, so "Medical inspection" is not taken for
	 * a constant.
	 */
	private static final Set<String> WORDS = Set.of("GDPR");

	/** A constant as Java writes it: {@code CONFIRMED}, {@code PERSONNEL_NUMBER}. */
	private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\\b");

	/** A name as SQL writes it: {@code people_contact_point}, {@code value_cipher}. */
	private static final Pattern SNAKE = Pattern.compile("(?<![\\w.@-])[a-z][a-z0-9]*(_[a-z0-9]+)+(?![\\w@-])");

	private final ChromeDriver browser;

	private final String base;

	private final Set<String> constants;

	private final Set<String> names;

	private final List<String> faults = new ArrayList<>();

	public PageTour(ChromeDriver browser, String base, JdbcClient jdbc) {
		this.browser = browser;
		this.base = base;
		this.constants = constantsOfTheApplication();
		this.names = namesOfTheDatabase(jdbc);
	}

	/** What the pages visited so far showed wrong. */
	public List<String> faults() {
		return this.faults;
	}

	/**
	 * Signs the account in on a browser of its own, tours from the start page within the
	 * given paths, holds the tour to no fault, and answers the pages it reached.
	 */
	public static Set<String> reachedBy(TestAccounts.TestAccount account, String base, JdbcClient jdbc, String start,
			String... within) throws IOException {
		ChromeDriver browser = RealBrowser.start();
		try {
			RealBrowser.signIn(browser, base, account);
			PageTour tour = new PageTour(browser, base, jdbc);
			Set<String> reached = tour.visit(account.username(), start, within);
			Assertions.assertThat(tour.faults()).isEmpty();
			return reached;
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * Follows the links from the dashboard on to every back-office page, one address for
	 * each kind of page (every person's page is the same page), and looks at each;
	 * returns the kinds of page reached.
	 */
	public Set<String> visit(String who, String start) throws IOException {
		return visit(who, start, "/admin", "/me/");
	}

	/**
	 * The same, following only links to addresses that begin as one of {@code within}
	 * does: the pages of one part of the back office.
	 */
	public Set<String> visit(String who, String start, String... within) throws IOException {
		Set<String> reached = new TreeSet<>();
		List<String> queue = new ArrayList<>(List.of(start));
		while (!queue.isEmpty()) {
			String path = queue.remove(0);
			if (!reached.add(shape(path))) {
				continue;
			}
			this.browser.manage().window().setSize(new Dimension(1366, 1000));
			this.browser.get(base() + path + "?lang=en");
			if (!this.browser.findElements(By.cssSelector("body.face-site")).isEmpty()) {
				this.faults.add(who + " " + shape(path) + " is linked but answers with an error page");
				continue;
			}
			for (WebElement link : this.browser.findElements(By.cssSelector("a[href]"))) {
				String href = link.getAttribute("href");
				if (href != null && href.startsWith(base())) {
					String target = href.substring(base().length()).replaceAll("[?#].*", "");
					if (Arrays.stream(within).anyMatch(target::startsWith)
							&& !target.matches(".*(\\.pdf|\\.csv|\\.xml|\\.zip|/document)$")
							&& !reached.contains(shape(target))) {
						queue.add(target);
					}
				}
			}
			this.faults.addAll(look(who + " " + shape(path)));
		}
		return reached;
	}

	/**
	 * A page of the public site, or the one the browser shows now when {@code path} is
	 * null (a form sent back with its errors), looked at as each back-office page is.
	 */
	public void see(String who, String path) throws IOException {
		if (path != null) {
			this.browser.get(base() + path);
		}
		String where = who + " " + (path == null ? this.browser.getCurrentUrl().replace(base(), "") : shape(path));
		this.faults.addAll(look(where.replace("?", " ")));
	}

	/**
	 * The page shown, at a desktop's width and then at a phone's: its width, axe-core's
	 * verdict and screenshots of both; and its visible text, but for what it shows as
	 * code to type.
	 */
	private List<String> look(String where) throws IOException {
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
					+ "document.querySelectorAll('*').forEach(element => element.style.setProperty('text-transform', 'none', 'important'));"
					+ "return document.body.innerText");
		faults.addAll(raw(where, text, this.constants, this.names));
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
	private static Set<String> namesOfTheDatabase(JdbcClient jdbc) {
		Set<String> names = new TreeSet<>();
		names.addAll(jdbc.sql("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES").query(String.class).list());
		names.addAll(jdbc.sql("SELECT LOWER(COLUMN_NAME) FROM INFORMATION_SCHEMA.COLUMNS").query(String.class).list());
		names.removeIf(name -> !name.contains("_"));
		return names;
	}

	/**
	 * The kind of page an address shows: ids and codes in it replaced by a placeholder.
	 */
	public static String shape(String path) {
		return path.replaceAll(UUID.pattern(), "{id}")
			.replaceAll("/\\d+(?=/|$)", "/{id}")
			.replaceAll("/lists/[^/]+", "/lists/{code}");
	}

	private static String abbreviate(String html) {
		return html.length() > 160 ? html.substring(0, 160) + "…" : html;
	}

	private String base() {
		return this.base;
	}

}
