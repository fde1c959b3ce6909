package org.tutela.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditQuery;
import org.tutela.audit.AuditReview;
import org.tutela.audit.AuditVerification;
import org.tutela.audit.RecordedEntry;
import org.tutela.personaldata.PersonId;

/**
 * The DPO's view of the audit trail: the chain verified when the page is opened, then the
 * newest entries, narrowed by account, person, action and days, a page at a time. What
 * cannot be read as asked (a day that is not a date) is named beside its field and the
 * rest of the search still runs.
 */
@Controller
class AuditPage {

	private static final int PAGE = 50;

	private final AuditVerification verification;

	private final AuditReview review;

	AuditPage(AuditVerification verification, AuditReview review) {
		this.verification = verification;
		this.review = review;
	}

	@GetMapping("/admin/audit")
	String browse(@RequestParam Map<String, String> sent, Model model) {
		AuditSearch search = AuditSearch.of(sent);
		AuditQuery query = search.query();
		if (!query.narrowed() && query.before() == null) {
			model.addAttribute("report", this.verification.verify());
		}
		List<RecordedEntry> found = this.review.newest(query, PAGE + 1);
		model.addAttribute("search", search);
		model.addAttribute("errors", search.errors());
		model.addAttribute("actions", Arrays.asList(AuditAction.values()));
		model.addAttribute("entries", found.size() > PAGE ? found.subList(0, PAGE) : found);
		model.addAttribute("older", found.size() > PAGE ? search.older(found.get(PAGE - 1).id()) : null);
		return "audit/trail";
	}

	/**
	 * The search as typed, for the form to show again, and as read, for the trail.
	 */
	record AuditSearch(String who, String person, String subject, String what, String from, String until,
			@Nullable Long before, Map<String, String> errors) {

		static AuditSearch of(Map<String, String> sent) {
			Map<String, String> errors = new LinkedHashMap<>();
			String person = value(sent, "person");
			if (!person.isEmpty() && uuid(person) == null) {
				errors.put("person", "audit.person");
			}
			String what = value(sent, "what");
			if (!what.isEmpty()
					&& Arrays.stream(AuditAction.values()).noneMatch(action -> action.name().equals(what))) {
				errors.put("what", "audit.action");
			}
			String from = value(sent, "from");
			String until = value(sent, "until");
			Arrays.asList("from", "until").forEach(field -> {
				if (!value(sent, field).isEmpty() && day(value(sent, field)) == null) {
					errors.put(field, "date");
				}
			});
			if (!errors.containsKey("from") && !errors.containsKey("until") && !from.isEmpty() && !until.isEmpty()
					&& day(until).isBefore(day(from))) {
				errors.put("until", "date-order");
			}
			return new AuditSearch(value(sent, "who"), person, value(sent, "subject").replaceAll("[^0-9a-f]", ""), what,
					from, until, number(value(sent, "before")), errors);
		}

		AuditQuery query() {
			UUID chosen = uuid(this.person);
			return new AuditQuery(this.who.isEmpty() ? null : this.who, chosen == null ? null : PersonId.of(chosen),
					this.subject.isEmpty() ? null : this.subject,
					this.errors.containsKey("what") || this.what.isEmpty() ? null : AuditAction.valueOf(this.what),
					day(this.from), day(this.until), this.before);
		}

		/** The address of the same search's next page, entries below the one given. */
		String older(long below) {
			UriComponentsBuilder address = UriComponentsBuilder.fromPath("/admin/audit");
			Map<String, String> kept = new LinkedHashMap<>();
			kept.put("who", this.who);
			kept.put("person", this.person);
			kept.put("subject", this.subject);
			kept.put("what", this.what);
			kept.put("from", this.from);
			kept.put("until", this.until);
			kept.forEach((name, value) -> {
				if (!value.isEmpty()) {
					address.queryParam(name, value);
				}
			});
			return address.queryParam("before", below).encode().build().toUriString();
		}

		private static String value(Map<String, String> sent, String name) {
			String value = sent.get(name);
			return value == null ? "" : value.strip();
		}

		private static @Nullable UUID uuid(String value) {
			try {
				return value.isEmpty() ? null : UUID.fromString(value);
			}
			catch (IllegalArgumentException unreadable) {
				return null;
			}
		}

		private static @Nullable LocalDate day(String value) {
			try {
				return value.isEmpty() ? null : LocalDate.parse(value);
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}

		private static @Nullable Long number(String value) {
			try {
				return value.isEmpty() ? null : Long.valueOf(value);
			}
			catch (NumberFormatException unreadable) {
				return null;
			}
		}

	}

}
