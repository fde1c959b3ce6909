package org.tutela.dossiers.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tutela.dossiers.surveillance.HealthAssessments;
import org.tutela.platform.pdf.PdfDocuments;

/**
 * The employer's side of health surveillance in the portal: the assessments of its
 * workers, each as a PDF; the conclusion alone. Another employer's assessment is not
 * found.
 */
@Controller
class PortalAssessmentPages {

	private final HealthAssessments assessments;

	private final PdfDocuments pdfs;

	PortalAssessmentPages(HealthAssessments assessments, PdfDocuments pdfs) {
		this.assessments = assessments;
		this.pdfs = pdfs;
	}

	@GetMapping("/me/health-assessments")
	String list(Model model) {
		model.addAttribute("reports", this.assessments.ofMyEmployers());
		return "dossiers/portal-assessments";
	}

	@GetMapping("/me/health-assessments/{id}/form.pdf")
	ResponseEntity<byte[]> form(@PathVariable UUID id, Locale locale) {
		return HealthFilePages.pdf(this.pdfs, this.assessments.forEmployer(id), locale);
	}

}
