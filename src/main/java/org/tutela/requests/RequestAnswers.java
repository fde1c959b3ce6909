package org.tutela.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.personaldata.PersonId;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.people.Addressee;
import org.tutela.people.Amendment;
import org.tutela.people.Correction;
import org.tutela.people.MailAddresses;
import org.tutela.people.Rectification;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.LegalBasis;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.requests.file.RequestFiles;
import org.tutela.requests.fulfil.Erasures;
import org.tutela.requests.fulfil.Overviews;
import org.tutela.requests.fulfil.RequestMails;

/**
 * The answers to verified requests, each for its right and through the catalogue only:
 * the overview for access and portability, rectification, erasure as the pack says,
 * restriction, objection and withdrawal. Each answer is mailed, written in the request's
 * file and audited; extending and refusing a request are the {@link DpoDesk}'s.
 */
@Service
public class RequestAnswers {

	/**
	 * An objection (Art. 21) concerns processing on legitimate interests or a public
	 * task, and direct marketing whatever its basis; consent-based marketing is ended by
	 * it as by a withdrawal.
	 */
	private static final Set<LegalBasis> OBJECTABLE = EnumSet.of(LegalBasis.LEGITIMATE_INTERESTS,
			LegalBasis.PUBLIC_TASK, LegalBasis.CONSENT);

	private final RequestFiles files;

	private final Overviews overviews;

	private final Erasures erasures;

	private final RecipientsToTell recipients;

	private final PersonalDataCatalogue catalogue;

	private final Rectification rectification;

	private final MailAddresses addresses;

	private final ConsentLedger consent;

	private final RequestMails mails;

	private final AuditTrail audit;

	private final PolicyPack pack;

	private final Clock clock;

	RequestAnswers(RequestFiles files, Overviews overviews, Erasures erasures, RecipientsToTell recipients,
			PersonalDataCatalogue catalogue, Rectification rectification, MailAddresses addresses,
			ConsentLedger consent, RequestMails mails, AuditTrail audit, Register register, Clock clock) {
		this.files = files;
		this.overviews = overviews;
		this.erasures = erasures;
		this.recipients = recipients;
		this.catalogue = catalogue;
		this.rectification = rectification;
		this.addresses = addresses;
		this.consent = consent;
		this.mails = mails;
		this.audit = audit;
		this.pack = register.pack();
		this.clock = clock;
	}

	/**
	 * Answers an access or portability request: the overview and the exports behind a
	 * link that expires, sent to the person's own address. Access to a medical file goes
	 * to their attending physician instead (MEN-17, CER-9): the request is handed to the
	 * head physicians with the physician the letter names, and stays open until they have
	 * sent the file ({@link MedicalFileRequests}).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest answerAccess(UUID id, @Nullable AttendingPhysician physician) {
		DataRequest request = this.files.verified(id, Right.ACCESS, Right.PORTABILITY);
		PersonId person = RequestFiles.subject(request);
		if (request.answeredToPhysician()) {
			AttendingPhysician named = named(physician);
			this.files.handOver(request, named);
			return request;
		}
		Overview overview = this.overviews.of(person);
		String link = this.files.downloadLink(request);
		this.audit.record(AuditEvent.of(AuditAction.EXPORT, person,
				"data-subject request " + id + ": overview of " + overview.recordCount() + " records"));
		this.mails.tell(request, request.right() == Right.PORTABILITY ? "portability" : "access", link, RequestMails
			.date(LocalDate.now(this.clock).plusDays(RequestFiles.DOWNLOAD.toDays()), this.mails.locale(request)));
		return this.files.close(request, RequestStatus.COMPLETED,
				"overview of " + overview.recordCount() + " records in " + overview.groups().size() + " groups sent",
				null);
	}

	/** The attending physician's name and postal address, both required. */
	private static AttendingPhysician named(@Nullable AttendingPhysician physician) {
		String name = physician == null ? "" : physician.name().strip();
		String address = physician == null ? "" : physician.address().strip();
		List<FieldError> errors = new ArrayList<>();
		if (name.isEmpty()) {
			errors.add(new FieldError("physicianName", "requests.physician-required"));
		}
		TextRule.NAME.check("physicianName", name, errors);
		if (address.isEmpty()) {
			errors.add(new FieldError("physicianAddress", "requests.physician-address-required"));
		}
		TextRule.LINE.check("physicianAddress", address, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new AttendingPhysician(name, address);
	}

	/**
	 * Corrects the person's record, records before and after, and sends the amended
	 * overview (MEZ-11).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public List<Amendment> rectify(UUID id, Correction correction) {
		DataRequest request = this.files.verified(id, Right.RECTIFICATION);
		PersonId person = RequestFiles.subject(request);
		List<Amendment> changed = this.rectification.rectify(person, correction);
		changed.forEach(amendment -> this.files.step(id, "rectified",
				amendment.field() + ": " + amendment.before() + " -> " + amendment.after()));
		this.recipients.list(request);
		String link = this.files.downloadLink(request);
		this.mails.tell(request, "rectified", changed.size(), link);
		this.files.close(request, RequestStatus.COMPLETED, changed.size() + " fields rectified; amended overview sent",
				null);
		return changed;
	}

	/**
	 * Erases as the pack says and tells the person what went and what stays until when
	 * (MEZ-13, SKI-12).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public ErasureOutcome erase(UUID id) {
		DataRequest request = this.files.verified(id, Right.ERASURE);
		PersonId person = RequestFiles.subject(request);
		Optional<Addressee> addressee = this.addresses.of(person);
		Locale locale = this.mails.locale(request);
		this.recipients.list(request);
		ErasureOutcome outcome = this.erasures.erase(person, "erased at their request " + id);
		this.audit
			.record(AuditEvent.of(AuditAction.DELETE, person, "data-subject request " + id + ": " + (outcome.complete()
					? "erased completely" : "erased in part, " + outcome.kept().size() + " purposes kept")));
		String kept = outcome.kept()
			.stream()
			.map(item -> this.mails.message("requests.kept", locale, item.purpose().in(locale),
					item.possibleFrom() == null ? this.mails.message("requests.kept.unknown", locale)
							: RequestMails.date(item.possibleFrom(), locale)))
			.collect(Collectors.joining("\n"));
		addressee.ifPresent(to -> this.mails.send(to.email(), locale, outcome.complete() ? "erased" : "erased-in-part",
				to.firstName(), kept, this.mails.complaintRoute(locale)));
		String note = outcome.complete() ? "erased completely from " + String.join(", ", outcome.erasedModules())
				: "kept: " + outcome.kept()
					.stream()
					.map(item -> item.activity() + " until " + item.possibleFrom())
					.collect(Collectors.joining(", "));
		this.files.close(request, RequestStatus.COMPLETED, note, null);
		return outcome;
	}

	/**
	 * Restricts all processing of the person's data (Art. 18): the purpose guard refuses
	 * from now on.
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest restrict(UUID id) {
		DataRequest request = this.files.verified(id, Right.RESTRICTION);
		PersonId person = RequestFiles.subject(request);
		this.catalogue.restrict(person, true);
		this.recipients.list(request);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, person, "data-subject request " + id + ": restricted"));
		this.mails.tell(request, "restricted");
		return this.files.close(request, RequestStatus.COMPLETED, "processing restricted", null);
	}

	/**
	 * Records an objection or a withdrawal in the consent ledger, effective at once: for
	 * the activities named, or else every activity on legitimate interests (objection,
	 * MEZ-14) or on consent (withdrawal).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public List<String> object(UUID id, List<String> activities) {
		DataRequest request = this.files.verified(id, Right.OBJECTION, Right.WITHDRAWAL);
		PersonId person = RequestFiles.subject(request);
		boolean objection = request.right() == Right.OBJECTION;
		LegalBasis basis = objection ? LegalBasis.LEGITIMATE_INTERESTS : LegalBasis.CONSENT;
		List<String> chosen = activities.isEmpty() ? this.pack.activities()
			.stream()
			.filter(activity -> activity.basis() == basis)
			.map(Activity::id)
			.toList() : activities;
		List<FieldError> errors = new ArrayList<>();
		chosen.stream()
			.filter(activity -> this.pack.activity(activity).isEmpty())
			.forEach(unknown -> errors.add(new FieldError("activities", "requests.unknown-activity")));
		chosen.stream()
			.map(this.pack::activity)
			.flatMap(Optional::stream)
			.filter(activity -> !(objection ? OBJECTABLE.contains(activity.basis())
					: activity.basis() == LegalBasis.CONSENT))
			.forEach(other -> errors.add(new FieldError("activities", "requests.activity-basis")));
		if (chosen.isEmpty()) {
			errors.add(new FieldError("activities", "required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		ChoiceKind kind = objection ? ChoiceKind.OBJECTED : ChoiceKind.WITHDRAWN;
		chosen.forEach(activity -> this.consent.record(person, activity, kind, Evidence.of(Channel.STAFF)));
		this.files.step(id, objection ? "objection-recorded" : "withdrawal-recorded", String.join(", ", chosen));
		Locale locale = this.mails.locale(request);
		this.mails.tell(request, objection ? "objected" : "withdrawn",
				chosen.stream()
					.map(activity -> this.pack.activity(activity).orElseThrow().purpose().in(locale))
					.collect(Collectors.joining("\n")));
		this.files.close(request, RequestStatus.COMPLETED,
				kind.name().toLowerCase(Locale.ROOT) + ": " + String.join(", ", chosen), null);
		return chosen;
	}

}
