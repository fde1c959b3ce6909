package org.tutela.billing.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.MembershipFeeInvoiced;
import org.tutela.billing.MembershipFeeNotCharged;
import org.tutela.billing.NewOrder;
import org.tutela.billing.Parties;
import org.tutela.billing.RegistrationInvoiced;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.enrolment.Registrations;
import org.tutela.identity.Caller;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;

/**
 * Drafts invoices: for the registrations whose fee is due that no invoice holds yet, one
 * per registration or one per paying client and calendar month
 * ({@code tutela.billing.registrations}), a line each naming the course, the session's
 * days and the participant; for the year's members' fees; and for individual orders, with
 * the lines finance gives.
 */
@Component
public class Drafting {

	/** How registrations are gathered on invoices. */
	enum Grouping {

		PER_REGISTRATION, PER_CLIENT_AND_MONTH

	}

	private final Registrations registrations;

	private final Sessions sessions;

	private final Persons persons;

	private final Buyers buyers;

	private final LineTaxes taxes;

	private final LineWording wording;

	private final DraftStore store;

	private final AuditTrail audit;

	private final Clock clock;

	private final Grouping grouping;

	private final Organisations organisations;

	private final MembershipFee fee;

	Drafting(Registrations registrations, Sessions sessions, Persons persons, Buyers buyers, LineTaxes taxes,
			LineWording wording, DraftStore store, AuditTrail audit, Clock clock,
			@Value("${tutela.billing.registrations:per-client-and-month}") Grouping grouping,
			Organisations organisations, MembershipFee fee) {
		this.organisations = organisations;
		this.fee = fee;
		this.registrations = registrations;
		this.sessions = sessions;
		this.persons = persons;
		this.buyers = buyers;
		this.taxes = taxes;
		this.wording = wording;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.grouping = grouping;
	}

	/**
	 * Drafts the registrations whose fee is due on sessions of the month, leaving out
	 * those an invoice holds and those of free courses; the drafts made or added to.
	 */
	public Set<UUID> month(YearMonth month) {
		List<Registration> payable = this.registrations.payable(month.atDay(1), month.atEndOfMonth());
		Set<UUID> held = this.store.invoiced(payable.stream().map(Registration::id).toList());
		Map<UUID, Session> sessionsRead = new HashMap<>();
		Map<Buyer, BuyerParty> buyersRead = new HashMap<>();
		Map<Buyer, UUID> draftsOfBuyers = new HashMap<>();
		Set<UUID> drafts = new LinkedHashSet<>();
		for (Registration registration : payable) {
			Session session = sessionsRead.computeIfAbsent(registration.session(), this.sessions::get);
			if (!held.contains(registration.id()) && session.course().priceCents() > 0) {
				Buyer buyer = Buyer.of(registration);
				BuyerParty party = buyersRead.computeIfAbsent(buyer, this.buyers::of);
				UUID draft = this.grouping == Grouping.PER_CLIENT_AND_MONTH
						? draftsOfBuyers.computeIfAbsent(buyer,
								(b) -> this.store.open(b, month.atDay(1))
									.orElseGet(() -> started(b, month.atDay(1), party.language())))
						: started(buyer, month.atDay(1), party.language());
				add(draft, line(registration, session, party));
				drafts.add(draft);
			}
		}
		return drafts;
	}

	/**
	 * Drafts the year's fee of each organisation that was a member on some day of it,
	 * leaving out those an invoice charges already; the drafts made.
	 */
	public List<UUID> membershipFees(Year year) {
		Long fee = this.fee.cents();
		if (fee == null) {
			throw new MembershipFeeNotCharged();
		}
		Set<UUID> held = this.store.feesInvoiced(year.getValue());
		List<UUID> drafts = new ArrayList<>();
		for (Organisation member : this.organisations.membersIn(year)) {
			if (!held.contains(member.id())) {
				Buyer buyer = new Buyer(member.id(), null);
				BuyerParty party = this.buyers.of(buyer);
				Locale locale = this.wording.locale(party.language());
				UUID draft = feeStarted(buyer, year, party.language());
				add(draft, new DraftLine(null, null, this.wording.membershipFee(year, locale), 1, fee,
						this.taxes.membershipFee(this.fee.exempt(), party.party().vatNumber(), locale)));
				drafts.add(draft);
			}
		}
		return drafts;
	}

	public boolean chargesMembershipFees() {
		return this.fee.cents() != null;
	}

	/** Drafts an individual order, its lines taxed by the general rules. */
	public UUID order(NewOrder order) {
		Buyer buyer = OrderChecks.buyer(order);
		List<OrderedLine> lines = OrderChecks.lines(order);
		BuyerParty party = this.buyers.of(buyer);
		Locale locale = this.wording.locale(party.language());
		UUID draft = started(buyer, null, party.language());
		lines.forEach(line -> add(draft, new DraftLine(null, null, line.description(), line.quantity(),
				line.unitPriceCents(), this.taxes.of(line.vat(), false, party.party().vatNumber(), locale))));
		return draft;
	}

	private UUID started(Buyer buyer, @Nullable LocalDate month, String language) {
		return started(buyer, month, null, language);
	}

	/** A member's fee's draft; one another drafting started meanwhile is refused. */
	private UUID feeStarted(Buyer buyer, Year year, String language) {
		try {
			return started(buyer, null, year.getValue(), language);
		}
		catch (DuplicateKeyException taken) {
			throw new MembershipFeeInvoiced();
		}
	}

	private UUID started(Buyer buyer, @Nullable LocalDate month, @Nullable Integer membershipYear, String language) {
		UUID draft = this.store.draft(buyer, month, membershipYear, language, Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, buyer.person(), "invoice drafted"));
		return draft;
	}

	/**
	 * A registration's line, at the course's price: a cancellation with the fee due too,
	 * as the course's terms say only until when cancelling is free.
	 */
	private DraftLine line(Registration registration, Session session, BuyerParty buyer) {
		Locale locale = this.wording.locale(buyer.language());
		String participant = this.persons.nameFor(registration.participant(), Parties.PURPOSE);
		String description = this.wording.registration(session, participant,
				registration.status() == RegistrationStatus.CANCELLED, locale);
		return new DraftLine(registration.id(), registration.participant(), description, 1,
				session.course().priceCents(),
				this.taxes.of(session.course().vat(), session.room() != null, buyer.party().vatNumber(), locale));
	}

	/** Adds the line; a registration another drafting took meanwhile is refused. */
	private void add(UUID draft, DraftLine line) {
		try {
			this.store.add(draft, line);
		}
		catch (DuplicateKeyException taken) {
			throw new RegistrationInvoiced();
		}
	}

}
