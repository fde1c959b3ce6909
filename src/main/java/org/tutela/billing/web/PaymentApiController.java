package org.tutela.billing.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.billing.InvoiceStanding;
import org.tutela.billing.Payments;
import org.tutela.billing.ReceivedTransfer;
import org.tutela.billing.StatementImport;
import org.tutela.billing.StatementRefused;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * What is owed, over HTTP, for finance (the security chain refuses anyone else before a
 * body is read): camt.053 statements imported, the transfers waiting for finance assigned
 * or set aside, and what is open per invoice. A refused statement is a problem (RFC 9457)
 * with the {@code line} and {@code field} at fault.
 */
@RestController
@RequestMapping("/api/v1/billing")
class PaymentApiController {

	private final Payments payments;

	private final MessageSource messages;

	PaymentApiController(Payments payments, MessageSource messages) {
		this.payments = payments;
		this.messages = messages;
	}

	/** Imports a camt.053 file sent as the body. */
	@PostMapping(path = "/statements", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	StatementImport importStatement(@RequestBody byte[] file) {
		return this.payments.importStatement(file);
	}

	/**
	 * The transfers waiting for finance, or with {@code status=matched} those that pay.
	 */
	@GetMapping("/transfers")
	List<ReceivedTransfer> transfers(@RequestParam(required = false) @Nullable String status) {
		if (status == null || status.equals("unmatched")) {
			return this.payments.unmatched();
		}
		if (status.equals("matched")) {
			return this.payments.matched(500);
		}
		throw new InvalidInput(List.of(new FieldError("status", "billing.transfer-status")));
	}

	@PostMapping("/transfers/{id}/assign")
	ResponseEntity<Void> assign(@PathVariable UUID id, @RequestBody Assignment assignment) {
		if (assignment.invoice() == null) {
			throw new InvalidInput(List.of(new FieldError("invoice", "billing.invoice")));
		}
		this.payments.assign(id, assignment.invoice());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/transfers/{id}/not-ours")
	ResponseEntity<Void> notOurs(@PathVariable UUID id) {
		this.payments.notOurs(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/invoices/{id}/standing")
	InvoiceStanding standing(@PathVariable UUID id) {
		return this.payments.standing(id);
	}

	/** The issued invoices with something left to pay, the oldest due first. */
	@GetMapping("/unpaid")
	List<InvoiceStanding> unpaid() {
		return this.payments.unpaid();
	}

	@ExceptionHandler(StatementRefused.class)
	ProblemDetail refused(StatementRefused refused) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(refused.type());
		problem.setTitle(message("problem." + refused.slug() + ".title"));
		problem.setDetail(message("problem." + refused.slug(), refused.arguments(LocaleContextHolder.getLocale())));
		problem.setProperty("line", refused.line());
		problem.setProperty("field", refused.field());
		return problem;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	/** The issued invoice a transfer pays. */
	record Assignment(@Nullable UUID invoice) {
	}

}
