package org.tutela.outreach.web;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.consent.Channel;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.consent.Wording;
import org.tutela.outreach.AdAudiences;
import org.tutela.outreach.Bounce;
import org.tutela.outreach.Campaign;
import org.tutela.outreach.Campaigns;
import org.tutela.outreach.ImportReport;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.NewCampaign;
import org.tutela.outreach.NewMailingList;
import org.tutela.outreach.Subscribers;
import org.tutela.outreach.send.DeliveryStatus;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Register;

/**
 * Lists, consent texts, subscribers and campaigns over the API, for marketing staff and
 * integrations.
 */
@RestController
@RequestMapping("/api/v1/outreach")
class OutreachApiController {

	private final MailingLists lists;

	private final Campaigns campaigns;

	private final ConsentLedger ledger;

	private final AdAudiences ads;

	private final Subscribers subscribers;

	private final Register register;

	OutreachApiController(MailingLists lists, Campaigns campaigns, ConsentLedger ledger, AdAudiences ads,
			Subscribers subscribers, Register register) {
		this.subscribers = subscribers;
		this.register = register;
		this.lists = lists;
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.ads = ads;
	}

	record NewWording(@Nullable String purpose, @Nullable String language, @Nullable String text) {
	}

	/**
	 * A person staff add. Where the list rests on consent, the proof of it: the channel
	 * it came by ({@code PAPER} for a signed form, {@code EMAIL} for the person's own
	 * mail), the published wording they agreed to, and where the form or mail is kept.
	 */
	record NewSubscriber(@Nullable UUID person, @Nullable Channel channel, @Nullable UUID wording,
			@Nullable String reference) {
	}

	record TestMessage(@Nullable String email) {
	}

	/**
	 * A sending service's report; without {@code permanent}, a bounce counts as
	 * temporary.
	 */
	record ReportedBounce(@Nullable String email, @Nullable Boolean permanent) {
	}

	// Checked here too, so a caller without the permission is refused before the body is
	// read.
	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/lists")
	ResponseEntity<MailingList> create(@RequestBody NewMailingList list) {
		MailingList created = this.lists.create(list);
		return ResponseEntity.created(URI.create("/api/v1/outreach/lists/" + created.code())).body(created);
	}

	@GetMapping("/lists")
	List<MailingList> lists() {
		return this.lists.all();
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/wordings")
	Wording publish(@RequestBody NewWording wording) {
		List<FieldError> errors = new ArrayList<>();
		if (wording.purpose() == null || wording.purpose().isBlank()) {
			errors.add(new FieldError("purpose", "required"));
		}
		else if (this.register.pack().activity(wording.purpose()).isEmpty()) {
			errors.add(new FieldError("purpose", "list.activity"));
		}
		if (wording.language() == null || !List.of("nl", "fr", "en", "de").contains(wording.language())) {
			errors.add(new FieldError("language", "language"));
		}
		if (wording.text() == null || wording.text().isBlank()) {
			errors.add(new FieldError("text", "required"));
		}
		TextRule.PARAGRAPH.check("text", wording.text() == null ? null : wording.text().strip(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return this.ledger.publish(wording.purpose(), wording.language(), wording.text().strip());
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/lists/{code}/subscribers")
	ResponseEntity<Void> subscribe(@PathVariable String code, @RequestBody NewSubscriber subscriber) {
		if (subscriber.person() == null) {
			throw new InvalidInput(List.of(new FieldError("person", "required")));
		}
		Channel channel = subscriber.channel() == null ? Channel.STAFF : subscriber.channel();
		this.subscribers.add(code, PersonId.of(subscriber.person()),
				Evidence.received(channel, subscriber.wording(), subscriber.reference()));
		return ResponseEntity.noContent().build();
	}

	/**
	 * A CSV file with an {@code email} column: its known, unsuppressed addresses are
	 * added to the list.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/lists/{code}/import")
	ImportReport importAddresses(@PathVariable String code, @RequestBody String csv) {
		List<String> emails = new ArrayList<>();
		try {
			for (CSVRecord row : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setTrim(true)
				.get()
				.parse(new StringReader(csv))) {
				if (!row.isMapped("email")) {
					throw new InvalidInput(List.of(new FieldError("email", "import.missing-column")));
				}
				if (!row.get("email").isBlank()) {
					emails.add(row.get("email"));
				}
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
			throw new InvalidInput(List.of(new FieldError("file", "import.unreadable")));
		}
		return this.lists.add(code, emails);
	}

	/**
	 * A bounce as a sending service reports it. Answers whether a known address was taken
	 * off.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/bounces")
	Map<String, Integer> bounce(@RequestBody ReportedBounce bounce) {
		boolean removed = this.lists.bounced(new Bounce(bounce.email(), Boolean.TRUE.equals(bounce.permanent())));
		return Map.of("reported", 1, "removed", removed ? 1 : 0);
	}

	/**
	 * A delivery status notification (RFC 3464) as it came back, its text as the body.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/bounces/dsn")
	Map<String, Integer> deliveryStatus(@RequestBody String report) {
		List<Bounce> bounces = DeliveryStatus.read(report);
		return Map.of("reported", bounces.size(), "removed", this.lists.bounced(bounces));
	}

	/**
	 * The consenting audience of an activity as hashed addresses for the platform it
	 * names (SKI-8).
	 */
	@Operation(summary = "Export an ad audience",
			description = "The SHA-256 hashes of the normalised addresses of everyone who consented to the activity, "
					+ "recorded as a disclosure to the recipient. As text/csv (the default): a header line "
					+ "sha256_email, then one hash a line. As application/json: an object {\"hashes\": [\"…\"]}.")
	@PreAuthorize("hasAuthority('outreach.manage') and hasAuthority('disclosures.record')")
	@PostMapping(path = "/ad-audiences/{activity}", produces = { "text/csv", MediaType.APPLICATION_JSON_VALUE })
	AdAudience adAudience(@PathVariable String activity, @RequestParam(required = false) @Nullable String recipient) {
		if (recipient == null || recipient.isBlank()) {
			throw new InvalidInput(List.of(new FieldError("recipient", "required")));
		}
		return new AdAudience(this.ads.export(activity, recipient));
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/campaigns")
	ResponseEntity<Campaign> compose(@RequestBody NewCampaign campaign) {
		Campaign created = this.campaigns.create(campaign);
		return ResponseEntity.created(URI.create("/api/v1/outreach/campaigns/" + created.id())).body(created);
	}

	@GetMapping("/campaigns/{id}")
	Campaign campaign(@PathVariable UUID id) {
		return this.campaigns.get(id);
	}

	@PostMapping("/campaigns/{id}/send")
	Campaign send(@PathVariable UUID id) {
		return this.campaigns.send(id);
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/campaigns/{id}/test")
	ResponseEntity<Void> test(@PathVariable UUID id, @RequestBody TestMessage message) {
		if (message.email() == null || message.email().isBlank()) {
			throw new InvalidInput(List.of(new FieldError("email", "required")));
		}
		this.campaigns.test(id, message.email());
		return ResponseEntity.noContent().build();
	}

}
