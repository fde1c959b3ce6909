package org.tutela.dossiers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tutela.dossiers.Answer;
import org.tutela.dossiers.Certificate;
import org.tutela.dossiers.Channel;
import org.tutela.dossiers.ControlAlreadyOrdered;
import org.tutela.dossiers.ControlNotOpen;
import org.tutela.dossiers.ControlOrder;
import org.tutela.dossiers.ControlOrders;
import org.tutela.dossiers.ControlSummary;
import org.tutela.dossiers.EmployerReport;
import org.tutela.dossiers.EmployerReports;
import org.tutela.dossiers.EmployerReports.Ordered;
import org.tutela.dossiers.IncapacityNature;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The employer's side in the portal: the HR contact's controls with where each stands,
 * the order form, and each control with its report once issued, also as a PDF. A control
 * of another employer is not found.
 */
@Controller
class PortalControlPages {

	private static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en");

	private final ControlOrders orders;

	private final EmployerReports reports;

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	PortalControlPages(ControlOrders orders, EmployerReports reports, PdfDocuments pdfs, MessageSource messages) {
		this.orders = orders;
		this.reports = reports;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	@GetMapping("/me/controls")
	String list(Model model) {
		model.addAttribute("lines", this.reports.ofMyEmployers());
		return "dossiers/portal-controls";
	}

	@GetMapping("/me/controls/new")
	String form(@ModelAttribute("form") OrderForm form, Model model) {
		return form(model, List.of(), null);
	}

	@PostMapping("/me/controls/new")
	String order(@ModelAttribute("form") OrderForm form, Locale locale, Model model) {
		List<FieldError> unreadable = new ArrayList<>();
		ControlOrder order = form.order(unreadable);
		if (!unreadable.isEmpty()) {
			List<FieldError> errors = new ArrayList<>(unreadable);
			errors.addAll(this.orders.problems(order));
			return form(model, errors, null);
		}
		ControlSummary ordered;
		try {
			ordered = this.orders.order(order, Channel.PORTAL);
		}
		catch (InvalidInput invalid) {
			return form(model, invalid.errors(), null);
		}
		catch (ControlAlreadyOrdered conflict) {
			return form(model, List.of(),
					this.messages.getMessage("problem." + conflict.slug(), conflict.arguments(locale), locale));
		}
		return "redirect:/me/controls/" + ordered.id() + "?ordered";
	}

	@GetMapping("/me/controls/{id}")
	String control(@PathVariable UUID id, Model model) {
		model.addAttribute("ordered", this.reports.forEmployer(id));
		return "dossiers/portal-control";
	}

	@PostMapping("/me/controls/{id}/cancel")
	String cancel(@PathVariable UUID id) {
		this.orders.cancel(id);
		return "redirect:/me/controls/" + id + "?cancelled";
	}

	@GetMapping("/me/controls/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable UUID id, Locale locale) {
		Ordered ordered = this.reports.forEmployer(id);
		EmployerReport report = ordered.report()
			.orElseThrow(() -> new ControlNotOpen(ordered.control().reference(), ordered.control().status()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(report.reference() + ".pdf").build().toString())
			.body(this.pdfs.render("dossiers/report-pdf", Map.of("report", report), locale));
	}

	private String form(Model model, List<FieldError> errors, @Nullable String conflict) {
		model.addAttribute("organisations", this.orders.mine());
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("certificates", Certificate.values());
		model.addAttribute("natures", IncapacityNature.values());
		model.addAttribute("answers", Answer.values());
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("conflict", conflict);
		return "dossiers/portal-order";
	}

}
