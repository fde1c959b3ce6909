package org.tutela.requests.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.Register;
import org.tutela.requests.Overview;
import org.tutela.requests.RequestDownloads;
import org.tutela.requests.RequestNotOpen;
import org.tutela.requests.fulfil.OverviewLabels;
import org.tutela.requests.fulfil.PortableExport;
import org.tutela.people.MailAddresses;

/**
 * What the link of an answered access, portability or rectification request opens while
 * it is valid: the overview to read and print, as PDF, and as JSON and CSV to take
 * elsewhere. Each opening is audited; an expired or unknown link opens nothing. A request
 * made in the portal is answered under {@code /me}, so its link opens only after signing
 * in as the person.
 */
@Controller
class DownloadPages {

	private final RequestDownloads downloads;

	private final PdfDocuments pdfs;

	private final Register register;

	private final MailAddresses portal;

	private final OverviewLabels labels;

	DownloadPages(RequestDownloads downloads, PdfDocuments pdfs, Register register, MailAddresses portal,
			OverviewLabels labels) {
		this.downloads = downloads;
		this.pdfs = pdfs;
		this.register = register;
		this.portal = portal;
		this.labels = labels;
	}

	@GetMapping({ "/requests/download/{token}", "/me/requests/download/{token}" })
	String overview(@PathVariable String token, HttpServletRequest request, Model model) {
		model.addAttribute("overview", overview(token));
		model.addAttribute("files",
				(request.getServletPath().startsWith("/me/") ? "/me" : "") + "/requests/download/" + token);
		model.addAttribute("token", token);
		model.addAttribute("pack", this.register.pack());
		return "requests/overview";
	}

	@GetMapping({ "/requests/download/{token}.pdf", "/me/requests/download/{token}.pdf" })
	ResponseEntity<byte[]> pdf(@PathVariable String token, Locale locale) {
		byte[] pdf = this.pdfs.render("requests/overview-pdf",
				Map.of("overview", overview(token), "pack", this.register.pack()), locale);
		return file(pdf, MediaType.APPLICATION_PDF, "overview.pdf");
	}

	@GetMapping({ "/requests/download/{token}.json", "/me/requests/download/{token}.json" })
	ResponseEntity<Map<String, Object>> json(@PathVariable String token, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-data.json").build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(PortableExport.json(overview(token), this.labels, locale));
	}

	@GetMapping({ "/requests/download/{token}.csv", "/me/requests/download/{token}.csv" })
	ResponseEntity<byte[]> csv(@PathVariable String token, Locale locale) {
		return file(PortableExport.csv(overview(token), this.labels, locale).getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), "my-data.csv");
	}

	private Overview overview(String token) {
		return this.downloads.download(token, this.portal.signedIn())
			.orElseThrow(() -> new RequestNotOpen("request-link-invalid"));
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(content);
	}

}
