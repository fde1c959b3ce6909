package org.tutela.dossiers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.boot.test.context.TestComponent;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.StaffIntake.Document;
import org.tutela.testing.Staff;

/**
 * Awards as the coordinator keeps them: an award, a candidate, a candidacy with its
 * dossier, and a real PDF to upload.
 */
@TestComponent
public class AwardFixtures {

	private static final String[] COORDINATOR = { "backoffice", "people.read", "people.manage", "awards.manage" };

	private final Awards awards;

	private final Persons persons;

	AwardFixtures(Awards awards, Persons persons) {
		this.awards = awards;
		this.persons = persons;
	}

	public PersonId candidate(String first, String last) {
		return Staff.as(() -> this.persons.register(new NewPerson(first, null, last, null, "nl", "Quality manager",
				Provenance.WEB_FORM, List.of(NewContact.business("candidate+" + UUID.randomUUID() + "@example.org")),
				List.of(), List.of())), COORDINATOR)
			.id();
	}

	public Award award() {
		return award("Quality award " + UUID.randomUUID().toString().substring(0, 8));
	}

	public Award award(String name) {
		return Staff.as(() -> this.awards.create(name, Year.now().getValue()), COORDINATOR);
	}

	/** A candidacy received on the day, with the summary given and no document. */
	public UUID candidacy(Award award, PersonId candidate, LocalDate receivedOn, String summary) {
		return Staff.as(
				() -> this.awards.register(award.id(),
						new NewCandidacy(candidate, null, "Fewer falls on the ward", receivedOn, summary, null)),
				COORDINATOR);
	}

	/** A one-page PDF holding the text. */
	public static Document pdf(String name, String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return new Document(name, "application/pdf", out.toByteArray());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** A multipart form body with the fields and, last, the file under its field name. */
	public static byte[] multipart(String fileField, Document file, String... fields) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int i = 0; i < fields.length; i += 2) {
			body.writeBytes(("--XX\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--XX\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + file.name()
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file.content());
		body.writeBytes("\r\n--XX--\r\n".getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

}
