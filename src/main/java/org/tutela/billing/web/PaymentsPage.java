package org.tutela.billing.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.billing.InvoiceStanding;
import org.tutela.billing.Payments;
import org.tutela.billing.ReceivedTransfer;
import org.tutela.billing.StatementImport;
import org.tutela.billing.StatementRefused;
import org.tutela.platform.problem.DomainProblem;

/**
 * What is owed, for finance: a bank statement uploaded and booked, the transfers waiting
 * to be assigned to an invoice or set aside, the unpaid invoices with their reminders,
 * and the latest transfers that paid. A refused statement is explained beside the upload
 * field, with the line and element at fault.
 */
@Controller
class PaymentsPage {

	private static final String PATH = "/admin/billing/payments";

	/** How many of the latest paying transfers the page shows. */
	private static final int LATEST = 50;

	private final Payments payments;

	private final MessageSource messages;

	PaymentsPage(Payments payments, MessageSource messages) {
		this.payments = payments;
		this.messages = messages;
	}

	@PreAuthorize("hasAuthority('billing.manage')")
	@GetMapping(PATH)
	String page(Model model) {
		return page(model, null);
	}

	// The file is read only after the permission check.
	@PreAuthorize("hasAuthority('billing.manage')")
	@PostMapping(PATH)
	String upload(@RequestParam(name = "statement", required = false) @Nullable MultipartFile statement, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			StatementImport imported = this.payments
				.importStatement(statement == null ? new byte[0] : statement.getBytes());
			redirect.addFlashAttribute("imported", imported);
			return "redirect:" + PATH;
		}
		catch (StatementRefused refused) {
			return page(model, explained(refused));
		}
	}

	@PreAuthorize("hasAuthority('billing.manage')")
	@PostMapping(PATH + "/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID invoice,
			RedirectAttributes redirect) {
		if (invoice == null) {
			redirect.addFlashAttribute("failed", message("invalid.billing.invoice"));
			return "redirect:" + PATH;
		}
		try {
			this.payments.assign(id, invoice);
			redirect.addFlashAttribute("assigned", true);
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("failed", explained(refused));
		}
		return "redirect:" + PATH;
	}

	@PreAuthorize("hasAuthority('billing.manage')")
	@PostMapping(PATH + "/{id}/not-ours")
	String notOurs(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.payments.notOurs(id);
			redirect.addFlashAttribute("setAside", true);
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("failed", explained(refused));
		}
		return "redirect:" + PATH;
	}

	private String page(Model model, @Nullable String refused) {
		List<InvoiceStanding> unpaid = this.payments.unpaid();
		List<ReceivedTransfer> waiting = this.payments.unmatched();
		model.addAttribute("refused", refused);
		model.addAttribute("waiting", waiting);
		model.addAttribute("unpaid", unpaid);
		model.addAttribute("paying", this.payments.matched(LATEST));
		return "billing/payments";
	}

	private String explained(DomainProblem problem) {
		return message("problem." + problem.slug(), problem.arguments(LocaleContextHolder.getLocale()));
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}
