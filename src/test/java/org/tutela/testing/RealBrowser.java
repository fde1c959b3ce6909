package org.tutela.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tutela.identity.mfa.Totp;

/**
 * Debian's Chromium driven by its chromedriver, headless. Tests that need it are skipped
 * on a machine without them (the README's test command needs only a JDK); CI installs
 * both.
 */
public final class RealBrowser {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private RealBrowser() {
	}

	public static ChromeDriver start() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are not installed");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--lang=en", "--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Waits until the page the last click led to shows the element, and returns all of
	 * them.
	 */
	public static List<WebElement> await(WebDriver browser, By what) {
		return await(browser, what, Duration.ofSeconds(10));
	}

	/**
	 * Waits as long as given until the page the last click led to shows the element: for
	 * work whose first run in the tests' machine is slow, such as compiling the
	 * e-invoicing rules, which the tests leave to the first invoice issued.
	 */
	public static List<WebElement> await(WebDriver browser, By what, Duration patience) {
		return new WebDriverWait(browser, patience).until(ExpectedConditions.presenceOfAllElementsLocatedBy(what));
	}

	/**
	 * The element's text once it says {@code expected}: after a form is sent, the element
	 * of the page before may still be found while the next one loads, and is replaced.
	 */
	public static String awaitText(WebDriver browser, By what, String expected) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(what, expected));
		return browser.findElement(what).getText();
	}

	/**
	 * Clicks the element once the page has loaded, scrolled to the middle of the window.
	 * Where headless Chromium still reports the pointer's point as covered (a link at the
	 * very end of a long page lies outside the area it hit-tests), the element's own
	 * click is sent instead, as the keyboard would. An element replaced while it was
	 * clicked (a list of choices answered again) is found again and clicked.
	 */
	public static void click(WebDriver browser, By what) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until(
				driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		wait.ignoring(StaleElementReferenceException.class).until((driver) -> {
			WebElement element = ExpectedConditions.elementToBeClickable(what).apply(driver);
			if (element == null) {
				return false;
			}
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
			try {
				element.click();
			}
			catch (ElementClickInterceptedException covered) {
				((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
			}
			return true;
		});
	}

	/**
	 * Signs an account in with its password, and waits for the back office, or the portal
	 * for a portal account.
	 */
	public static void signIn(WebDriver browser, String base, TestAccounts.TestAccount account) {
		browser.get(base + "/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(account.username());
		browser.findElement(By.name("password")).sendKeys(account.password());
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		if (account.totpSecret() != null) {
			awaitAddress(browser, "/login/second-factor");
			browser.findElement(By.name("code")).sendKeys(Totp.code(account.totpSecret(), Instant.now()));
			browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		}
		awaitAddress(browser, "/(admin|me)");
	}

	/**
	 * The page at a phone's width and a desktop's: nothing wider than the window, and a
	 * screenshot of each kept in {@code target/screenshots} to look at.
	 */
	public static void lookAt(ChromeDriver browser, String name) throws IOException {
		Path screenshots = Path.of("target", "screenshots");
		Files.createDirectories(screenshots);
		for (int width : List.of(390, 1366)) {
			browser.manage().window().setSize(new Dimension(width, 1100));
			Files.write(screenshots.resolve(name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
			Object overflow = browser.executeScript(
					"if (document.documentElement.scrollWidth <= document.documentElement.clientWidth) return '';"
							+ "const edge = document.documentElement.clientWidth;"
							+ "const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > edge + 1"
							+ " && !(e.parentElement && e.parentElement.getBoundingClientRect().right > edge + 1));"
							+ "return wide.map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')).join(', ') || 'the page';");
			Assertions.assertThat(overflow).as("wider than the window at %d px", width).isEqualTo("");
		}
	}

	/** Waits until the browser is on an address that ends as given. */
	public static void awaitAddress(WebDriver browser, String ending) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*" + ending + "$"));
	}

}
