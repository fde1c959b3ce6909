package org.tutela.billing.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.billing.CreditNotes;
import org.tutela.billing.InvoiceBreaksRules;
import org.tutela.billing.InvoiceDraft;
import org.tutela.billing.InvoiceExports;
import org.tutela.billing.InvoiceExports.Period;
import org.tutela.billing.Invoices;
import org.tutela.billing.IssuedInvoice;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Finance's invoices page: drafting a month's registrations and, where the organisation
 * charges one, a year's members' fees; crediting the cancellations since, the drafts to
 * issue (issued or discarded one by one, an issue the rules refuse shown with the rules
 * it breaks), the year's issued invoices with their PDF and UBL file, and the
 * accountant's files for a period. Every form answers with the page at its own address
 * again.
 */
@Controller
@PreAuthorize("hasAuthority('billing.manage')")
class InvoicePages {

	private static final String PATH = "/admin/billing/invoices";

	private final Invoices invoices;

	private final InvoiceExports exports;

	private final CreditNotes credits;

	private final Clock clock;

	InvoicePages(Invoices invoices, InvoiceExports exports, CreditNotes credits, Clock clock) {
		this.invoices = invoices;
		this.exports = exports;
		this.credits = credits;
		this.clock = clock;
	}

	/**
	 * The page; after a form it could not take, with what was typed, the broken rules
	 * beside their fields or the rules a refused draft breaks, as the form left them.
	 */
	@GetMapping(PATH)
	String page(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? today().getYear() : year;
		model.addAttribute("drafts", this.invoices.drafts());
		model.addAttribute("year", shown);
		model.addAttribute("thisYear", today().getYear());
		model.addAttribute("membershipFees", this.invoices.chargesMembershipFees());
		model.addAttribute("issued", this.invoices.issued(shown));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Typed.defaults(today()));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "billing/invoices";
	}

	@PostMapping(PATH + "/drafting")
	String draft(@RequestParam(required = false) @Nullable String month, RedirectAttributes redirect) {
		return drafted("drafted", () -> this.invoices.draft(InvoiceApiController.MonthToDraft.read(month)),
				() -> Typed.defaults(today()).withMonth(month), redirect);
	}

	@PostMapping(PATH + "/membership-fees")
	String draftMembershipFees(@RequestParam(required = false) @Nullable String year, RedirectAttributes redirect) {
		return drafted("feesDrafted",
				() -> this.invoices.draftMembershipFees(InvoiceApiController.YearToDraft.read(year)),
				() -> Typed.defaults(today()).withYear(year), redirect);
	}

	/**
	 * The page again, saying how many drafts a drafting made under {@code told}, or with
	 * what was typed and the rules it breaks beside their fields.
	 */
	private String drafted(String told, Supplier<List<InvoiceDraft>> drafting, Supplier<Typed> typed,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute(told, drafting.get().size());
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("typed", typed.get());
			redirect.addFlashAttribute("errors", invalid.byField());
		}
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/crediting")
	String credit(RedirectAttributes redirect) {
		redirect.addFlashAttribute("creditsDrafted", this.credits.draftForCancellations().size());
		return "redirect:" + PATH + "#to-issue";
	}

	@PostMapping(PATH + "/drafts/{id}/issue")
	String issue(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			IssuedInvoice issued = this.invoices.issue(id);
			redirect.addFlashAttribute("issuedNumber", issued.number());
			redirect.addFlashAttribute("issuedCreditNote", issued.corrects() != null);
		}
		catch (InvoiceBreaksRules refused) {
			redirect.addFlashAttribute("refusal", Refusal.of(id, refused));
		}
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/drafts/{id}/discard")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		this.invoices.discard(id);
		redirect.addFlashAttribute("discarded", true);
		return "redirect:" + PATH;
	}

	@GetMapping(PATH + "/{id}/invoice.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return Downloads.attachment(this.invoices.pdf(id), MediaType.APPLICATION_PDF, "invoice.pdf");
	}

	@GetMapping(PATH + "/{id}/invoice.xml")
	ResponseEntity<byte[]> ubl(@PathVariable UUID id) {
		return Downloads.attachment(this.invoices.ubl(id), MediaType.APPLICATION_XML, "invoice.xml");
	}

	/**
	 * The accountant's CSV file or ZIP of UBL files for the period, written as it is
	 * read; a period that cannot be read sends finance back to the page with the broken
	 * rules beside their fields.
	 */
	@GetMapping(PATH + "/export")
	void export(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String as,
			Locale locale, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Period period;
		try {
			period = period(from, to);
		}
		catch (InvalidInput invalid) {
			Downloads.refusedBackTo(PATH, "accountant",
					Map.of("typed", Typed.defaults(today()).withPeriod(from, to), "errors", invalid.byField()), request,
					response);
			return;
		}
		boolean files = "ubl".equals(as);
		String name = files ? period.fileName("invoice-files", "zip") : period.fileName("invoices", "csv");
		response.setContentType(files ? "application/zip" : "text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		if (files) {
			this.exports.ubl(period, response.getOutputStream());
		}
		else {
			this.exports.csv(period, locale, response.getOutputStream());
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static Period period(@Nullable String from, @Nullable String to) {
		List<FieldError> errors = new ArrayList<>();
		LocalDate first = day(from, "from", errors);
		LocalDate last = day(to, "to", errors);
		if (first != null && last != null && last.isBefore(first)) {
			errors.add(new FieldError("to", "billing.period"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Period(first, last);
	}

	private static @Nullable LocalDate day(@Nullable String written, String field, List<FieldError> errors) {
		try {
			if (written != null) {
				return LocalDate.parse(written.strip());
			}
		}
		catch (DateTimeParseException unreadable) {
			// named below
		}
		errors.add(new FieldError(field, "billing.day"));
		return null;
	}

	/**
	 * What the forms show: the month to draft (the last one by default), the year of
	 * membership whose fees to draft (this one by default) and the period to export (the
	 * last month by default), as typed.
	 */
	record Typed(String month, String year, String from, String to) implements Serializable {

		static Typed defaults(LocalDate today) {
			YearMonth last = YearMonth.from(today).minusMonths(1);
			return new Typed(last.toString(), String.valueOf(today.getYear()), last.atDay(1).toString(),
					last.atEndOfMonth().toString());
		}

		Typed withMonth(@Nullable String typed) {
			return new Typed(typed == null ? "" : typed, this.year, this.from, this.to);
		}

		Typed withYear(@Nullable String typed) {
			return new Typed(this.month, typed == null ? "" : typed, this.from, this.to);
		}

		Typed withPeriod(@Nullable String typedFrom, @Nullable String typedTo) {
			return new Typed(this.month, this.year, typedFrom == null ? "" : typedFrom, typedTo == null ? "" : typedTo);
		}

	}

	/**
	 * A draft the rules refused to issue, with the rules it breaks; kept in the session
	 * for the page that follows.
	 */
	record Refusal(UUID draft, List<Rule> rules) implements Serializable {

		static Refusal of(UUID draft, InvoiceBreaksRules refused) {
			return new Refusal(draft, refused.rules().stream().map(rule -> new Rule(rule.id(), rule.text())).toList());
		}

	}

	/** A rule broken: its identifier and its text. */
	record Rule(String id, String text) implements Serializable {
	}

}
