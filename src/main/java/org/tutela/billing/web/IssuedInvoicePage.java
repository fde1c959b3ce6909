package org.tutela.billing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.billing.CreditNotes;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.HandOvers;
import org.tutela.billing.InvoiceDraft;
import org.tutela.billing.InvoiceSending;
import org.tutela.billing.Invoices;
import org.tutela.billing.IssuedInvoice;
import org.tutela.billing.Payments;
import org.tutela.billing.SendingChannel;
import org.tutela.platform.problem.DomainProblem;
import org.tutela.platform.problem.InvalidInput;

/**
 * One issued invoice or credit note for finance: its figures and documents, what is paid
 * and open on an invoice with the reminders sent, each sending with what became of it,
 * sending it again by e-mail or over Peppol, and, for an invoice, crediting it in full
 * with a reason; once ready, handing it over for collection to a collection agent the
 * pack names, and afterwards what the collector is given. What cannot be done is said on
 * the page, in words.
 */
@Controller
@PreAuthorize("hasAuthority('billing.manage')")
class IssuedInvoicePage {

	private static final String PATH = "/admin/billing/invoices/{id}";

	private final Invoices invoices;

	private final InvoiceSending sending;

	private final CreditNotes credits;

	private final Payments payments;

	private final MessageSource messages;

	private final HandOvers handOvers;

	IssuedInvoicePage(Invoices invoices, InvoiceSending sending, CreditNotes credits, Payments payments,
			MessageSource messages, HandOvers handOvers) {
		this.handOvers = handOvers;
		this.invoices = invoices;
		this.sending = sending;
		this.credits = credits;
		this.payments = payments;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String page(@PathVariable UUID id, Model model) {
		IssuedInvoice invoice = this.invoices.issued(id);
		model.addAttribute("invoice", invoice);
		model.addAttribute("creditNote", invoice.kind() == DocumentKind.CREDIT_NOTE);
		model.addAttribute("sendings", this.sending.sendings(id));
		model.addAttribute("peppolOn", this.sending.peppolOn());
		if (invoice.kind() == DocumentKind.INVOICE) {
			model.addAttribute("standing", this.payments.standing(id));
			model.addAttribute("handOver", this.handOvers.of(id).orElse(null));
			model.addAttribute("agents", this.handOvers.agents());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "billing/invoice";
	}

	@PostMapping(PATH + "/send")
	String send(@PathVariable UUID id, @RequestParam(required = false) @Nullable String channel, Locale locale,
			RedirectAttributes redirect) {
		try {
			this.sending.send(id, "PEPPOL".equals(channel) ? SendingChannel.PEPPOL : SendingChannel.EMAIL);
			redirect.addFlashAttribute("sent", true);
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("problem", words(refused, locale));
		}
		return "redirect:/admin/billing/invoices/" + id + "#sendings";
	}

	/**
	 * A credit note for what the invoice still holds, drafted among the drafts to issue;
	 * a reason left empty is named beside its field.
	 */
	@PostMapping(PATH + "/credit")
	String credit(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Locale locale,
			RedirectAttributes redirect) {
		try {
			InvoiceDraft draft = this.credits.creditInFull(id, reason);
			redirect.addFlashAttribute("creditDrafted", draft.corrects());
			return "redirect:/admin/billing/invoices#to-issue";
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("errors", invalid.byField());
			redirect.addFlashAttribute("reason", reason);
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("problem", words(refused, locale));
		}
		return "redirect:/admin/billing/invoices/" + id + "#credit";
	}

	/**
	 * Hands the invoice over to the collection agent chosen; a recipient left out or not
	 * one of the pack's is named beside its field.
	 */
	@PostMapping(PATH + "/hand-over")
	String handOver(@PathVariable UUID id, @RequestParam(required = false) @Nullable String recipient, Locale locale,
			RedirectAttributes redirect) {
		try {
			this.handOvers.handOver(id, recipient);
			redirect.addFlashAttribute("handedOver", true);
		}
		catch (InvalidInput invalid) {
			if (invalid.byField().containsKey("recipient")) {
				redirect.addFlashAttribute("errors", invalid.byField());
			}
			else {
				// The disclosure log refused what the invoice names: said above the form.
				redirect.addFlashAttribute("problem",
						this.messages.getMessage("billing.collection.not-recorded", null, locale));
			}
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("problem", words(refused, locale));
		}
		return "redirect:/admin/billing/invoices/" + id + "#collection";
	}

	/**
	 * What the collector is given of a handed-over invoice: its PDF and the page with
	 * what is needed to collect, zipped.
	 */
	@GetMapping(PATH + "/collection.zip")
	void forTheCollector(@PathVariable UUID id, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		String name;
		try {
			name = this.handOvers.forTheCollector(id, zip);
		}
		catch (DomainProblem refused) {
			Downloads.refusedBackTo("/admin/billing/invoices/" + id, "collection",
					Map.of("problem", words(refused, locale)), request, response);
			return;
		}
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.getOutputStream().write(zip.toByteArray());
	}

	/**
	 * The reminder due for a buyer without an e-mail address, as a letter to print and
	 * post; the step is recorded as sent. One not due sends finance to the invoice's
	 * page, saying why.
	 */
	@PostMapping(PATH + "/reminder-letter")
	void reminderLetter(@PathVariable UUID id, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		byte[] letter;
		try {
			letter = this.payments.reminderLetter(id);
		}
		catch (DomainProblem refused) {
			Downloads.refusedBackTo("/admin/billing/invoices/" + id, "standing",
					Map.of("problem", words(refused, locale)), request, response);
			return;
		}
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("reminder-letter.pdf").build().toString());
		response.getOutputStream().write(letter);
	}

	private String words(DomainProblem problem, Locale locale) {
		return this.messages.getMessage("problem." + problem.slug(), problem.arguments(locale), locale);
	}

}
