package org.tutela.recruitment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.people.MailAddresses;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.platform.pdf.PdfFiles;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.recruitment.application.ApplicationStore;
import org.tutela.recruitment.application.ApplicationStore.StoredApplication;

/**
 * Takes an application sent through the public form (SKI-2): every field checked and the
 * CV a PDF that opens, at most {@link #CV_LIMIT} bytes (nothing is stored when one is
 * refused); the applicant found by their address or registered; the CV kept encrypted;
 * the box to keep the application for other vacancies kept with the words it showed, only
 * when ticked, and confirmed by mail with a link to withdraw that consent. The same
 * application sent twice is stored once, also when both copies arrive at once: the
 * applicant is registered in the savepoint that stores the application, so the copy
 * refused registers no one.
 */
@Service
public class Applying {

	/** The largest CV taken: 5 MB, as the form says. */
	public static final int CV_LIMIT = 5 * 1024 * 1024;

	private static final int PHONE_LENGTH = 40;

	private final Vacancies vacancies;

	private final ApplicationStore store;

	private final MailAddresses addresses;

	private final Persons persons;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	private final MailOutbox mail;

	private final String baseUrl;

	Applying(Vacancies vacancies, ApplicationStore store, MailAddresses addresses, Persons persons,
			MessageSource messages, AuditTrail audit, Clock clock, MailOutbox mail,
			@Value("${tutela.base-url}") String baseUrl) {
		this.vacancies = vacancies;
		this.store = store;
		this.addresses = addresses;
		this.persons = persons;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.mail = mail;
		this.baseUrl = baseUrl;
	}

	/**
	 * The words of the box to keep the application for other vacancies, in the page's
	 * language, with the pack's period; null where the pack keeps none longer.
	 */
	public @Nullable String keepLongerWords(Locale locale) {
		return this.vacancies.rule(true)
			.map(rule -> this.messages.getMessage("recruitment.keep-longer",
					new Object[] { this.vacancies.period(true, locale) }, locale))
			.orElse(null);
	}

	@Transactional
	public void apply(SentApplication sent) {
		Vacancy vacancy = this.vacancies.taking(sent.vacancy());
		List<FieldError> errors = new ArrayList<>();
		required("firstName", sent.firstName(), TextRule.NAME, errors);
		required("lastName", sent.lastName(), TextRule.NAME, errors);
		required("email", sent.email(), TextRule.EMAIL, errors);
		TextRule.NAME.check("phone", sent.phone(), errors);
		if (sent.phone() != null && sent.phone().strip().length() > PHONE_LENGTH) {
			errors.add(new FieldError("phone", "too-long"));
		}
		TextRule.PARAGRAPH.check("motivation", sent.motivation(), errors);
		byte[] cv = sent.cv();
		if (cv == null || cv.length == 0) {
			errors.add(new FieldError("cv", "required"));
		}
		else if (cv.length > CV_LIMIT) {
			errors.add(new FieldError("cv", "application.cv-too-large"));
		}
		else if (!PdfFiles.opens(cv)) {
			errors.add(new FieldError("cv", "application.cv-not-pdf"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		store(vacancy, sent, cv);
	}

	private void store(Vacancy vacancy, SentApplication sent, byte[] cv) {
		String email = String.valueOf(sent.email()).strip();
		String first = String.valueOf(sent.firstName()).strip();
		String last = String.valueOf(sent.lastName()).strip();
		String motivation = blankToNull(sent.motivation());
		String fingerprint = Sha256.hex(String.join("\n", vacancy.id().toString(), email.toLowerCase(Locale.ROOT),
				Sha256.hex(cv), String.valueOf(motivation)));
		String words = sent.keepLonger() ? keepLongerWords(Locale.forLanguageTag(sent.language())) : null;
		String token = words == null ? null : RandomTokens.next();
		Optional<StoredApplication> stored = this.store.insert(fingerprint, () -> {
			PersonId person = this.addresses.personWith(email)
				.orElseGet(() -> register(first, last, email, sent.language()));
			return new StoredApplication(UUID.randomUUID(), vacancy.id(), person, first, last, email,
					blankToNull(sent.phone()), motivation, new Cv(fileName(sent.cvName()), cv), words,
					token == null ? null : Sha256.hex(token), sent.language(), fingerprint, this.clock.instant());
		});
		if (stored.isPresent()) {
			this.audit.record(AuditEvent.of(AuditAction.CREATE, stored.get().person(), "job application received"));
			if (token != null) {
				confirm(vacancy, email, token, Locale.forLanguageTag(sent.language()));
			}
		}
	}

	/**
	 * Confirms the consent to keep the application longer by mail to the address given,
	 * with the link to withdraw it at any time (Art. 7(3), SKI-12).
	 */
	private void confirm(Vacancy vacancy, String email, String token, Locale locale) {
		Object[] arguments = { vacancy.title(), this.vacancies.period(true, locale),
				this.baseUrl + "/jobs/application/" + token, this.vacancies.period(false, locale) };
		this.mail.queue(new OutgoingMail(email,
				this.messages.getMessage("recruitment.mail.subject", new Object[] { vacancy.title() }, locale),
				this.messages.getMessage("recruitment.mail.kept-longer", arguments, locale)));
	}

	/**
	 * The applicant as a new person, unless an erasure mark matches them: then the
	 * application is kept without a person.
	 */
	private @Nullable PersonId register(String first, String last, String email, String language) {
		return this.persons.senderUnlessErased(first, last, email, language).orElse(null);
	}

	/**
	 * The file name as sent, if it is one line a page can show; otherwise a plain one.
	 */
	private static String fileName(@Nullable String name) {
		String plain = name == null ? "" : name.strip();
		return plain.isEmpty() || TextRule.LINE.problem(plain) != null ? "cv.pdf" : plain;
	}

	private static void required(String field, @Nullable String text, TextRule rule, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError(field, "required"));
		}
		else {
			rule.check(field, text, errors);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
