package org.tutela.billing.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.billing.InvoiceDraft;
import org.tutela.billing.Invoices;
import org.tutela.billing.IssuedInvoice;
import org.tutela.billing.NewOrder;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Invoices over HTTP, for finance (the security chain refuses anyone else before a body
 * is read): drafts from a month's registrations or from an individual order, issuing and
 * discarding them, the year's issued invoices and their UBL files and PDFs.
 */
@RestController
@RequestMapping("/api/v1/billing")
class InvoiceApiController {

	private final Invoices invoices;

	private final Clock clock;

	InvoiceApiController(Invoices invoices, Clock clock) {
		this.invoices = invoices;
		this.clock = clock;
	}

	@GetMapping("/drafts")
	List<InvoiceDraft> drafts() {
		return this.invoices.drafts();
	}

	/** Drafts the month's registrations whose fee is due: the drafts made or added to. */
	@PostMapping("/drafts")
	List<InvoiceDraft> draft(@RequestBody MonthToDraft drafting) {
		return this.invoices.draft(drafting.yearMonth());
	}

	/**
	 * Drafts the year's fee of the organisations that were members in it that no invoice
	 * charges yet: the drafts made.
	 */
	@PostMapping("/membership-fees")
	List<InvoiceDraft> draftMembershipFees(@RequestBody YearToDraft drafting) {
		return this.invoices.draftMembershipFees(YearToDraft.read(drafting.year()));
	}

	@PostMapping("/orders")
	ResponseEntity<InvoiceDraft> order(@RequestBody NewOrder order) {
		InvoiceDraft draft = this.invoices.order(order);
		return ResponseEntity.created(URI.create("/api/v1/billing/drafts/" + draft.id())).body(draft);
	}

	@PostMapping("/drafts/{id}/issue")
	IssuedInvoice issue(@PathVariable UUID id) {
		return this.invoices.issue(id);
	}

	@PostMapping("/drafts/{id}/discard")
	ResponseEntity<Void> discard(@PathVariable UUID id) {
		this.invoices.discard(id);
		return ResponseEntity.noContent().build();
	}

	/** The invoices issued in the year, this year's unless another is asked for. */
	@GetMapping("/invoices")
	List<IssuedInvoice> issued(@RequestParam(required = false) @Nullable Integer year) {
		return this.invoices.issued(year == null ? LocalDate.now(this.clock).getYear() : year);
	}

	@GetMapping("/invoices/{id}.xml")
	ResponseEntity<byte[]> ubl(@PathVariable UUID id) {
		return Downloads.attachment(this.invoices.ubl(id), MediaType.APPLICATION_XML, "invoice.xml");
	}

	@GetMapping("/invoices/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return Downloads.attachment(this.invoices.pdf(id), MediaType.APPLICATION_PDF, "invoice.pdf");
	}

	/** The month to draft, as {@code 2026-03}. */
	record MonthToDraft(@Nullable String month) {

		YearMonth yearMonth() {
			return read(this.month);
		}

		/**
		 * The month as written, {@code 2026-03}; anything else is named as the field's
		 * error.
		 */
		static YearMonth read(@Nullable String month) {
			try {
				if (month != null) {
					return YearMonth.parse(month.strip());
				}
			}
			catch (DateTimeParseException unreadable) {
				// named below
			}
			throw new InvalidInput(List.of(new FieldError("month", "billing.month")));
		}

	}

	/**
	 * The year of membership whose fees to draft, as the form or the request gives it.
	 */
	record YearToDraft(@Nullable String year) {

		/**
		 * A year of four digits, {@code 2027}; anything else is named as the field's
		 * error.
		 */
		static Year read(@Nullable String year) {
			String given = year == null ? "" : year.strip();
			if (given.matches("2\\d{3}")) {
				return Year.of(Integer.parseInt(given));
			}
			throw new InvalidInput(List.of(new FieldError("year", "billing.year")));
		}

	}

}
