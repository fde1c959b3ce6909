package org.tutela.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tutela.billing.sending.Dispatching;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.catalog.VatTreatment;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.MovableClock;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sending issued documents (issue 24): by e-mail with the PDF attached, in the document's
 * language, through the mail outbox; over Peppol by leaving the UBL file in the folder an
 * access point watches, and recording its answers, delivered or failed with the reason; a
 * private person's EN 16931 document goes by e-mail only. Each sending is recorded, and
 * finance sends again.
 */
@HttpTest
@Import({ TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
class InvoiceSendingTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final Path OUTBOX = folder();

	@DynamicPropertySource
	static void accessPoint(DynamicPropertyRegistry properties) {
		properties.add("tutela.billing.peppol.outbox", OUTBOX::toString);
		// Answers are read when the test asks, not on the timer.
		properties.add("tutela.billing.peppol.answer-interval", () -> "1h");
	}

	@Autowired
	MovableClock clock;

	@Autowired
	BillingFixtures billing;

	@Autowired
	Invoices invoices;

	@Autowired
	Parties parties;

	@Autowired
	InvoiceSending sending;

	@Autowired
	Dispatching dispatching;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	Http http;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void anInvoiceIsMailedWithItsPdfInTheClientsLanguageAndSentAgain() throws Exception {
		this.clock.day(LocalDate.of(2012, 9, 3));
		Organisation client = this.billing.belgianClient();
		String address = BillingFixtures.email("facturen", "client");
		BillingFixtures.finance(() -> this.parties.record(client.id(),
				new BillingDetails(null, null, null, null, "PO-12", null, address, "fr", null)));
		IssuedInvoice invoice = issue(order(client));

		Sending sent = BillingFixtures.finance(() -> this.sending.send(invoice.id(), SendingChannel.EMAIL));

		assertThat(sent.recipient()).isEqualTo(address);
		assertThat(sent.status()).isEqualTo(SendingStatus.QUEUED);
		MimeMessage mail = Mailbox.await(smtp, address, "Facture " + invoice.number()).get(0);
		List<Part> attachments = attachments(mail);
		assertThat(attachments).extracting(Part::getFileName).containsExactly(invoice.number() + ".pdf");
		assertThat(PdfText.of(bytes(attachments.get(0)))).contains("Facture", invoice.number());
		BillingFixtures.finance(() -> this.sending.send(invoice.id(), SendingChannel.EMAIL));
		assertThat(BillingFixtures.finance(() -> this.sending.sendings(invoice.id())))
			.extracting(Sending::channel, Sending::status, Sending::recipient)
			.containsExactly(tuple(SendingChannel.EMAIL, SendingStatus.QUEUED, address),
					tuple(SendingChannel.EMAIL, SendingStatus.QUEUED, address));
		Mailbox.await(smtp, address, "Facture " + invoice.number());
	}

	@Test
	void aPeppolDocumentIsLeftForTheAccessPointWhichAnswersDeliveredOrFailed() throws Exception {
		this.clock.day(LocalDate.of(2012, 10, 1));
		Organisation client = this.billing.belgianClient();
		IssuedInvoice invoice = issue(order(client));

		Sending handed = BillingFixtures.finance(() -> this.sending.send(invoice.id(), SendingChannel.PEPPOL));

		assertThat(handed.status()).isEqualTo(SendingStatus.HANDED);
		assertThat(handed.recipient()).isEqualTo("0208:" + client.enterpriseNumber());
		Path file = OUTBOX.resolve(invoice.number() + ".xml");
		assertThat(Files.readAllBytes(file)).isEqualTo(BillingFixtures.finance(() -> this.invoices.ubl(invoice.id())));
		try (Stream<Path> left = Files.list(OUTBOX)) {
			assertThat(left.map(path -> path.getFileName().toString())).as("no temporary file left")
				.noneMatch(name -> name.endsWith(".tmp"));
		}

		Path answers = Files.createDirectories(OUTBOX.resolve("answers"));
		Files.writeString(answers.resolve(invoice.number() + ".ok"), "");
		Files.writeString(answers.resolve("2012-99999.ok"), "");
		assertThat(this.dispatching.recordAnswers()).isEqualTo(1);
		assertThat(answers.resolve(invoice.number() + ".ok")).doesNotExist();
		assertThat(answers.resolve("2012-99999.ok.unmatched")).as("an answer about nothing handed over").exists();

		BillingFixtures.finance(() -> this.sending.send(invoice.id(), SendingChannel.PEPPOL));
		Files.writeString(answers.resolve(invoice.number() + ".error"), "Receiver not found in the SML\n",
				StandardCharsets.UTF_8);
		assertThat(this.dispatching.recordAnswers()).isEqualTo(1);

		assertThat(BillingFixtures.finance(() -> this.sending.sendings(invoice.id())))
			.extracting(Sending::channel, Sending::status, Sending::reason)
			.containsExactlyInAnyOrder(
					tuple(SendingChannel.PEPPOL, SendingStatus.FAILED, "Receiver not found in the SML"),
					tuple(SendingChannel.PEPPOL, SendingStatus.DELIVERED, null));
		assertThat(BillingFixtures.finance(() -> this.sending.sendings(invoice.id())))
			.allSatisfy(sending -> assertThat(sending.answeredAt()).isNotNull());
	}

	@Test
	void aPrivatePersonsDocumentGoesByEmailOnlyAndADraftIsNotSent() {
		this.clock.day(LocalDate.of(2012, 11, 5));
		Course course = this.billing.course("Rekenblad", 32_000, VatTreatment.STANDARD);
		Session session = this.billing.session(course, LocalDate.of(2012, 12, 3), LocalDate.of(2012, 12, 3), true);
		Registration herself = this.billing.privatePerson(session, "Élise", "Fontaine");
		InvoiceDraft own = BillingFixtures.finance(() -> this.invoices.draft(YearMonth.of(2012, 12)))
			.stream()
			.filter(draft -> draft.buyer().equals("Élise Fontaine"))
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> BillingFixtures.finance(() -> this.sending.send(own.id(), SendingChannel.EMAIL)))
			.isInstanceOf(InvoiceNotIssued.class);
		IssuedInvoice invoice = issue(own);

		assertThatThrownBy(() -> BillingFixtures.finance(() -> this.sending.send(invoice.id(), SendingChannel.PEPPOL)))
			.isInstanceOf(NotForPeppol.class);
		assertThat(BillingFixtures.finance(() -> this.sending.sendings(invoice.id()))).isEmpty();
		assertThat(OUTBOX.resolve(invoice.number() + ".xml")).doesNotExist();
		assertThat(BillingFixtures.finance(() -> this.sending.send(invoice.id(), SendingChannel.EMAIL)).recipient())
			.startsWith("élise.fontaine+");
		assertThat(this.catalogue.export(herself.participant()).get("billing"))
			.filteredOn(record -> "invoice sent".equals(record.label()))
			.singleElement()
			.satisfies(record -> assertThat(record.fields().get("recipient")).startsWith("élise.fontaine+"));
	}

	@Test
	void overHttpFinanceLearnsThatPeppolIsOnAndAnUnknownWayOfSendingIsNamed() {
		String finance = this.accounts.of(Role.FINANCE).basic();

		HttpResponse<String> status = this.http.get("/api/v1/billing/sending", "Authorization", finance);
		assertThat(this.json.readTree(status.body()).get("peppol").asBoolean()).isTrue();

		HttpResponse<String> fax = this.http.postJson("/api/v1/billing/invoices/" + UUID.randomUUID() + "/sendings",
				"{\"channel\": \"fax\"}", "Authorization", finance, "Accept-Language", "en");
		assertThat(fax.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(fax.body()).get("errors").get(0).get("message").asString())
			.isEqualTo("Send by email or peppol.");
		HttpResponse<String> unknown = this.http.get("/api/v1/billing/invoices/" + UUID.randomUUID() + "/sendings",
				"Authorization", finance);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(unknown.body()).get("type").asString())
			.isEqualTo("urn:tutela:problem:invoice-not-found");
		HttpResponse<String> notHandedOver = this.http.get(
				"/api/v1/billing/invoices/" + issue(order(this.billing.belgianClient())).id() + "/hand-over",
				"Authorization", finance, "Accept-Language", "en");
		assertThat(notHandedOver.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(notHandedOver.body()).get("detail").asString())
			.isEqualTo("This invoice was not handed over for collection, or there is no invoice with this id.");
	}

	private InvoiceDraft order(Organisation client) {
		return BillingFixtures.finance(() -> this.invoices.order(new NewOrder(client.id(), null,
				List.of(new OrderLine("In-company training", 1, new BigDecimal("950"), VatTreatment.EXEMPT)))));
	}

	private IssuedInvoice issue(InvoiceDraft draft) {
		return BillingFixtures.finance(() -> this.invoices.issue(draft.id()));
	}

	private static List<Part> attachments(MimeMessage mail) throws Exception {
		List<Part> found = new ArrayList<>();
		if (mail.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
					found.add(parts.getBodyPart(i));
				}
			}
		}
		return found;
	}

	private static byte[] bytes(Part part) throws Exception {
		try (InputStream content = part.getInputStream()) {
			return content.readAllBytes();
		}
	}

	private static Path folder() {
		try {
			return Files.createTempDirectory("peppol-outbox");
		}
		catch (IOException unavailable) {
			throw new UncheckedIOException(unavailable);
		}
	}

}
