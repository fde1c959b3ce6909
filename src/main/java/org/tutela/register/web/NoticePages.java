package org.tutela.register.web;

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
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;

/**
 * The privacy notice (Art. 13/14, MEN-6) of the active pack, on the public site and as a
 * PDF.
 */
@Controller
class NoticePages {

	private final Register register;

	private final PdfDocuments pdfs;

	NoticePages(Register register, PdfDocuments pdfs) {
		this.register = register;
		this.pdfs = pdfs;
	}

	@GetMapping("/privacy")
	String notice(Model model) {
		model.addAttribute("pack", this.register.pack());
		return "register/notice";
	}

	@GetMapping("/privacy.pdf")
	ResponseEntity<byte[]> pdf(Locale locale) {
		PolicyPack pack = this.register.pack();
		byte[] pdf = this.pdfs.render("register/notice-pdf", Map.of("pack", pack), locale);
		String name = "privacy-notice-v" + pack.version() + "-" + locale.getLanguage() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(pdf);
	}

}
