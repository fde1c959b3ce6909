package org.tutela.certification.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.certification.AuthorityExport;
import org.tutela.certification.Certificates;
import org.tutela.certification.ExportFile;

/**
 * Certificates in the back office (issuing, the PDF, the export to the certifying
 * authority) and the public verification page, which shows only what a verifier needs.
 */
@Controller
class CertificatePages {

	private final Certificates certificates;

	private final AuthorityExport export;

	private final Sessions sessions;

	CertificatePages(Certificates certificates, AuthorityExport export, Sessions sessions) {
		this.certificates = certificates;
		this.export = export;
		this.sessions = sessions;
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@GetMapping("/admin/sessions/{id}/certificates")
	String certificates(@PathVariable UUID id, Model model) {
		Session session = this.sessions.get(id);
		model.addAttribute("planned", session);
		model.addAttribute("certificates", this.certificates.ofSession(id));
		model.addAttribute("authorities", session.course().certified() ? this.export.authorities() : List.of());
		return "certification/session";
	}

	// The parameters are optional so that the permission is checked before anything is
	// read.
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/admin/sessions/{id}/certificates")
	String issue(@PathVariable UUID id) {
		int issued = this.certificates.issue(id).size();
		return "redirect:/admin/sessions/" + id + "/certificates?issued=" + issued;
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@GetMapping("/admin/certificates/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		return download(new ExportFile("certificate-" + id + ".pdf", MediaType.APPLICATION_PDF_VALUE,
				this.certificates.pdf(id, locale)));
	}

	@PreAuthorize("hasAuthority('enrolment.manage') and hasAuthority('disclosures.record')")
	@PostMapping("/admin/sessions/{id}/authority-export")
	ResponseEntity<byte[]> authorityExport(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable String authority,
			@RequestParam(defaultValue = "CSV") AuthorityExport.Format format) {
		return download(this.export.export(id, String.valueOf(authority), format));
	}

	@GetMapping("/verify")
	String verifyForm(@RequestParam(required = false) @Nullable String code, Model model,
			HttpServletResponse response) {
		if (code != null && !code.isBlank()) {
			return verify(code, model, response);
		}
		return "certification/verify";
	}

	@GetMapping("/verify/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		model.addAttribute("code", code);
		model.addAttribute("verification", this.certificates.verify(code).orElse(null));
		model.addAttribute("checked", true);
		if (model.getAttribute("verification") == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		return "certification/verify";
	}

	private static ResponseEntity<byte[]> download(ExportFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.body(file.content());
	}

}
