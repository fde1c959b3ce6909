package org.tutela.billing.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.billing.InvoiceSending;
import org.tutela.billing.Sending;
import org.tutela.billing.SendingChannel;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Sending issued invoices and credit notes over HTTP, for finance: by e-mail or over
 * Peppol, again whenever needed, each sending listed with its status.
 */
@RestController
@RequestMapping("/api/v1/billing")
class SendingApiController {

	private final InvoiceSending sending;

	SendingApiController(InvoiceSending sending) {
		this.sending = sending;
	}

	/** Sends the issued document: {@code {"channel": "email"}} or {@code "peppol"}. */
	@PostMapping("/invoices/{id}/sendings")
	Sending send(@PathVariable UUID id, @RequestBody(required = false) @Nullable ToSend send) {
		return this.sending.send(id, send == null ? ToSend.unreadable() : send.parsed());
	}

	@GetMapping("/invoices/{id}/sendings")
	List<Sending> sendings(@PathVariable UUID id) {
		return this.sending.sendings(id);
	}

	/** Whether documents can go over Peppol. */
	@GetMapping("/sending")
	Map<String, Boolean> status() {
		return Map.of("peppol", this.sending.peppolOn());
	}

	/** How to send the document. */
	record ToSend(@Nullable String channel) {

		SendingChannel parsed() {
			if (this.channel != null) {
				try {
					return SendingChannel.valueOf(this.channel.strip().toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException unknown) {
					// named below
				}
			}
			return unreadable();
		}

		static SendingChannel unreadable() {
			throw new InvalidInput(List.of(new FieldError("channel", "billing.channel")));
		}

	}

}
