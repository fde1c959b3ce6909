package org.tutela.register.notice;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.register.Register;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PdfText;
import org.tutela.testing.RealBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor finds the privacy notice from any page, reads it in their language and takes
 * the PDF along (MEN-6).
 */
@HttpTest
class NoticeInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Register register;

	@Autowired
	Http http;

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theFooterLeadsToTheNoticeWhichSwitchesLanguageAndOffersItsPdf() {
		this.browser = RealBrowser.start();
		this.browser.get("http://127.0.0.1:" + this.port + "/courses");

		RealBrowser.click(this.browser, By.cssSelector("footer a[href='/privacy']"));
		RealBrowser.awaitAddress(this.browser, "/privacy");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Privacy notice");
		this.browser.findElement(By.cssSelector("button[name=lang][value=fr]")).click();
		RealBrowser.awaitAddress(this.browser, "/privacy\\?lang=fr");

		assertThat(this.browser.findElement(By.cssSelector(".notice h1")).getText())
			.isEqualTo("Déclaration de confidentialité");
		assertThat(this.browser.findElement(By.cssSelector(".notice .activity h3")).getText())
			.isEqualTo(this.register.pack().activities().get(0).purpose().in(Locale.FRENCH));
		String pdf = this.browser.findElement(By.linkText("Télécharger cette déclaration en PDF")).getAttribute("href");
		assertThat(pdf).endsWith("/privacy.pdf?lang=fr");
		assertThat(PdfText.of(this.http.download(pdf.substring(pdf.indexOf("/privacy"))).body()))
			.contains("Déclaration de confidentialité");
	}

}
