package org.tutela.recruitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.tutela.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** Vacancies opened and applications sent as staff and visitors do, over HTTP. */
final class RecruitmentFixtures {

	private RecruitmentFixtures() {
	}

	/** A one-page PDF whose bytes differ with {@code text}. */
	static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle(text);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens a vacancy from the back office; its id. */
	static UUID open(Browser recruiter, String title) {
		recruiter.get("/admin/recruitment");
		HttpResponse<String> opened = recruiter.post("/admin/recruitment", "title", title, "closesOn", "");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		String location = Browser.location(opened);
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * Sends the vacancy's form as a visitor: the fields as name, value pairs over the
	 * defaults, the CV as bytes; the page answered.
	 */
	static HttpResponse<String> apply(Browser visitor, UUID vacancy, byte[] cv, String... fields) {
		String form = visitor.get("/jobs/" + vacancy + "?lang=en").body();
		List<String> all = new ArrayList<>(List.of("firstName", "Sanne", "lastName", "de Vries", "email",
				"sanne@example.nl", "motivation", "I teach well.", "website", "", "shown", shown(form)));
		for (int i = 0; i < fields.length; i += 2) {
			int at = all.indexOf(fields[i]);
			if (at >= 0 && at % 2 == 0) {
				all.set(at + 1, fields[i + 1]);
			}
			else {
				all.add(fields[i]);
				all.add(fields[i + 1]);
			}
		}
		HttpResponse<byte[]> sent = visitor.postFile("/jobs/" + vacancy + "?lang=en", "cv", "cv.pdf", "application/pdf",
				cv, all.toArray(String[]::new));
		return new AsText(sent);
	}

	static String shown(String form) {
		Matcher matcher = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"").matcher(form);
		return matcher.find() ? matcher.group(1) : "";
	}

	/** A download's answer read as text. */
	private record AsText(HttpResponse<byte[]> bytes) implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return this.bytes.statusCode();
		}

		@Override
		public java.net.http.HttpRequest request() {
			return this.bytes.request();
		}

		@Override
		public java.util.Optional<HttpResponse<String>> previousResponse() {
			return java.util.Optional.empty();
		}

		@Override
		public java.net.http.HttpHeaders headers() {
			return this.bytes.headers();
		}

		@Override
		public String body() {
			return new String(this.bytes.body(), StandardCharsets.UTF_8);
		}

		@Override
		public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
			return this.bytes.sslSession();
		}

		@Override
		public java.net.URI uri() {
			return this.bytes.uri();
		}

		@Override
		public java.net.http.HttpClient.Version version() {
			return this.bytes.version();
		}

	}

}
