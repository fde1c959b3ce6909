package org.tutela.register.notice;

import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.Activity;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.register.RetentionRule;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PdfText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Art. 13/14 notice is generated from every shipped pack, in three languages, as a
 * page and a PDF (MEN-6).
 */
@HttpTest
class NoticeTests {

	private static final Map<String, String> TITLE = Map.of("en", "Privacy notice", "nl", "Privacyverklaring", "fr",
			"Déclaration de confidentialité");

	private static final Map<String, String> VERSION = Map.of("en", "Version %d, last modified %s", "nl",
			"Versie %d, laatst gewijzigd op %s", "fr", "Version %d, dernière modification le %s");

	@Autowired
	PdfDocuments pdfs;

	@Autowired
	NoticeWording wording;

	@Autowired
	Register register;

	@Autowired
	Http http;

	@Autowired
	MessageSource messages;

	static Stream<Arguments> packsAndLanguages() {
		return Register.SHIPPED.stream()
			.flatMap(pack -> Stream.of("en", "nl", "fr").map(language -> Arguments.of(pack, language)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("packsAndLanguages")
	void everyPackReadsAsAPdfInItsReadersLanguage_MEN6_SKI14_VCK13(String name, String language) {
		PolicyPack pack = Register.shipped(name);
		Locale locale = Locale.forLanguageTag(language);

		String text = PdfText.of(this.pdfs.render("register/notice-pdf", Map.of("pack", pack), locale));

		assertThat(text).contains(TITLE.get(language))
			.contains(VERSION.get(language)
				.formatted(pack.version(), pack.modified()
					.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))));
		// Lines may break after a hyphen or inside an address, so the rest is compared
		// without spaces.
		List<String> expected = new ArrayList<>(List.of(pack.authorityName(), pack.authorityUrl(), pack.dpoEmail(),
				this.wording.deadline(pack, locale)));
		pack.controllers().forEach(controller -> expected.add(controller.name()));
		if (pack.jointControllers()) {
			expected.add(pack.jointArrangement().in(locale));
		}
		for (Activity activity : pack.activities()) {
			expected.addAll(List.of(activity.purpose().in(locale), this.wording.basis(activity, locale),
					this.wording.categories(activity, locale)));
			activity.retention().forEach(rule -> expected.add(this.wording.retention(rule, locale)));
		}
		String storedInTheEea = this.messages.getMessage("notice.storage-in-eea", null, locale);
		if (pack.refusesStorageOutsideEea()) {
			expected.add(storedInTheEea);
		}
		else {
			assertThat(withoutSpaces(text)).doesNotContain(withoutSpaces(storedInTheEea));
		}
		assertThat(withoutSpaces(text)).contains(expected.stream().map(NoticeTests::withoutSpaces).toList());
	}

	private static String withoutSpaces(String text) {
		return text.replace(" ", "");
	}

	@Test
	void retentionIsToldInTheReadersWords() {
		RetentionRule rule = Register.shipped("training-company")
			.activity("training-administration")
			.orElseThrow()
			.retention()
			.get(0);

		assertThat(List.of("en", "nl", "fr"))
			.map(language -> this.wording.retention(rule, Locale.forLanguageTag(language)))
			.containsExactly("Anonymised 10 years after the end of the calendar year of the session.",
					"Geanonimiseerd 10 jaar na het einde van het kalenderjaar van de sessie.",
					"Anonymisées 10 ans après la fin de l'année civile de la session.");
	}

	@Test
	void invoicesAreToldToBeKeptFromTheEndOfTheirYear() {
		RetentionRule rule = Register.shipped("online-academy")
			.activityServing("billing")
			.orElseThrow()
			.retention()
			.get(0);

		assertThat(List.of("en", "nl", "fr"))
			.map(language -> this.wording.retention(rule, Locale.forLanguageTag(language)))
			.containsExactly("Anonymised 7 years after the end of the calendar year of the invoice.",
					"Geanonimiseerd 7 jaar na het einde van het kalenderjaar van de factuur.",
					"Anonymisées 7 ans après la fin de l'année civile de la facture.");
	}

	@Test
	void theSiteShowsTheNoticeOfTheActivePackWithALinkToItsPdf() {
		PolicyPack pack = this.register.pack();

		HttpResponse<String> page = this.http.get("/privacy?lang=nl");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Privacyverklaring", "Versie " + pack.version(), "/privacy.pdf?lang=nl",
				pack.activities().get(0).purpose().in(Locale.forLanguageTag("nl")));
	}

	@Test
	void thePdfIsPublicAndInTheAskedLanguage() {
		PolicyPack pack = this.register.pack();

		HttpResponse<byte[]> pdf = this.http.download("/privacy.pdf?lang=fr");

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).contains("privacy-notice-v" + pack.version() + "-fr.pdf"));
		assertThat(PdfText.of(pdf.body())).contains("Déclaration de confidentialité",
				pack.activities().get(0).purpose().in(Locale.FRENCH));
	}

}
