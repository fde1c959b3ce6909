package org.tutela.register.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.record.RecordOfProcessing;

/**
 * The back office's register: the record of processing activities (Art. 30, MEN-9) as a
 * page, CSV and PDF, and the overview of processors and third parties a client may be
 * given (MEN-12, MEN-13), with the agreements still missing (VCK-8).
 */
@Controller
class RegisterPages {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RecordOfProcessing record;

	private final PdfDocuments pdfs;

	RegisterPages(RecordOfProcessing record, PdfDocuments pdfs) {
		this.record = record;
		this.pdfs = pdfs;
	}

	@GetMapping("/admin/register")
	String record(Locale locale, Model model) {
		model.addAttribute("rows", this.record.rows(locale));
		model.addAttribute("pack", this.record.pack());
		return "register/record";
	}

	@GetMapping("/admin/register.csv")
	ResponseEntity<String> csv(Locale locale) {
		return download(CSV, "record-of-processing-" + locale.getLanguage() + ".csv", this.record.csv(locale));
	}

	@GetMapping("/admin/register.pdf")
	ResponseEntity<byte[]> pdf(Locale locale) {
		byte[] pdf = this.pdfs.render("register/record-pdf",
				Map.of("rows", this.record.rows(locale), "pack", this.record.pack()), locale);
		return download(MediaType.APPLICATION_PDF, "record-of-processing-" + locale.getLanguage() + ".pdf", pdf);
	}

	@GetMapping("/admin/register/third-parties")
	String thirdParties(Locale locale, Model model) {
		model.addAttribute("parties", this.record.thirdParties(locale));
		model.addAttribute("missing", this.record.missingAgreements(locale));
		return "register/third-parties";
	}

	@GetMapping("/admin/register/third-parties.pdf")
	ResponseEntity<byte[]> thirdPartiesPdf(Locale locale) {
		byte[] pdf = this.pdfs.render("register/third-parties-pdf",
				Map.of("parties", this.record.thirdParties(locale), "pack", this.record.pack()), locale);
		return download(MediaType.APPLICATION_PDF, "processors-and-third-parties-" + locale.getLanguage() + ".pdf",
				pdf);
	}

	private static <T> ResponseEntity<T> download(MediaType type, String name, T body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
