package org.tutela.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.identity.Caller;
import org.tutela.personaldata.Anchor;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.recruitment.application.VacancyStore;
import org.tutela.register.Activity;
import org.tutela.register.Register;
import org.tutela.register.RetentionRule;
import org.tutela.register.RetentionRule.Condition;

/**
 * The vacancies: staff open one with its title and the last day to apply, and end its
 * procedure once no candidate is considered any longer, the day the pack's rules count
 * its applications' retention from (SKI-2); the public site lists those that take
 * applications. Where the pack keeps no job applications there are none.
 */
@Service
public class Vacancies {

	/** The catalogue's purpose of what the application form keeps. */
	public static final String PURPOSE = "recruitment";

	private final Register register;

	private final VacancyStore store;

	private final Clock clock;

	private final MessageSource messages;

	private final Period forgottenAfter;

	Vacancies(Register register, VacancyStore store, Clock clock, MessageSource messages,
			@Value("${tutela.recruitment.forgotten-after:4w}") Period forgottenAfter) {
		this.register = register;
		this.store = store;
		this.clock = clock;
		this.messages = messages;
		this.forgottenAfter = forgottenAfter;
	}

	/** Whether the pack keeps job applications at all. */
	public boolean offered() {
		return this.register.pack().keeps(PURPOSE) && activity().isPresent();
	}

	/** The activity job applications are kept for, for the notice beside the form. */
	public Optional<Activity> activity() {
		return this.register.pack().activityServing(PURPOSE);
	}

	/** The vacancies that take applications today, for the public site. */
	public List<Vacancy> taking() {
		if (!offered()) {
			throw new RecruitmentNotOffered();
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.store.all().stream().filter(vacancy -> vacancy.takesApplications(today)).toList();
	}

	/** A vacancy that takes applications today. */
	public Vacancy taking(UUID id) {
		return taking().stream()
			.filter(vacancy -> vacancy.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new VacancyNotFound(id));
	}

	@PreAuthorize("hasAuthority('recruitment')")
	@Transactional(readOnly = true)
	public List<Vacancy> all() {
		requireOffered();
		return this.store.all();
	}

	@PreAuthorize("hasAuthority('recruitment')")
	@Transactional(readOnly = true)
	public Vacancy get(UUID id) {
		requireOffered();
		return this.store.find(id).orElseThrow(() -> new VacancyNotFound(id));
	}

	/** A vacancy in any state, for an applicant's own page: no permission asked. */
	Vacancy vacancy(UUID id) {
		return this.store.find(id).orElseThrow(() -> new VacancyNotFound(id));
	}

	/** Opens a vacancy; nothing is stored when a field is refused. */
	@PreAuthorize("hasAuthority('recruitment')")
	@Transactional
	public UUID open(NewVacancy vacancy) {
		requireOffered();
		List<FieldError> errors = new ArrayList<>();
		String title = vacancy.title() == null ? "" : vacancy.title().strip();
		if (title.isEmpty()) {
			errors.add(new FieldError("title", "required"));
		}
		TextRule.LINE.check("title", title, errors);
		if (vacancy.closesOn() != null && vacancy.closesOn().isBefore(LocalDate.now(this.clock))) {
			errors.add(new FieldError("closesOn", "vacancy.closes-in-past"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		UUID id = UUID.randomUUID();
		this.store.insert(id, title, vacancy.closesOn(), Caller.name(), this.clock.instant());
		return id;
	}

	/**
	 * Ends the vacancy's procedure today: the form takes no more applications, and the
	 * pack's periods start.
	 */
	@PreAuthorize("hasAuthority('recruitment')")
	@Transactional
	public void end(UUID id) {
		get(id);
		this.store.end(id, LocalDate.now(this.clock), Caller.name());
	}

	/**
	 * The day an application of this vacancy is deleted by the pack's rule, with or
	 * without the box ticked; null while the procedure runs, or where no rule reaches it.
	 */
	public @Nullable LocalDate deletedOn(Vacancy vacancy, boolean keptLonger) {
		LocalDate ended = vacancy.procedureEndedOn();
		return ended == null ? null : rule(keptLonger).map(rule -> rule.dueFrom(ended).plusDays(1)).orElse(null);
	}

	/**
	 * Whether the procedure still runs {@code tutela.recruitment.forgotten-after} (four
	 * weeks) after anything last happened to it: its last day to apply, its last
	 * application or its opening. Staff likely forgot to end it, and its applications
	 * wait with it, as no period starts before it ends (SKI-2).
	 */
	public boolean forgotten(Vacancy vacancy) {
		return !vacancy.ended() && LocalDate.now(this.clock).isAfter(quietSince(vacancy).plus(this.forgottenAfter));
	}

	/** The day since which the procedure has waited for staff alone. */
	public LocalDate quietSince(Vacancy vacancy) {
		return vacancy.quietSince(this.clock.getZone());
	}

	/** The procedures that are {@link #forgotten}, for their one reminder. */
	List<Vacancy> forgotten() {
		return offered() ? this.store.all().stream().filter(this::forgotten).toList() : List.of();
	}

	/** The period of the pack's rule with or without consent, in words: "4 weeks". */
	public String period(boolean keptLonger, Locale locale) {
		return rule(keptLonger)
			.map(rule -> this.messages.getMessage("notice.period." + rule.unit().name(), new Object[] { rule.amount() },
					locale))
			.orElseGet(() -> this.messages.getMessage("recruitment.no-rule", null, locale));
	}

	/** The pack's rule for applications kept longer with consent, or without it. */
	public Optional<RetentionRule> rule(boolean keptLonger) {
		Condition condition = keptLonger ? Condition.WITH_CONSENT : Condition.WITHOUT_CONSENT;
		return activity().stream()
			.flatMap(activity -> activity.retention().stream())
			.filter(rule -> rule.anchor() == Anchor.END_OF_APPLICATION_PROCEDURE && rule.condition() == condition)
			.findFirst();
	}

	private void requireOffered() {
		if (!offered()) {
			throw new RecruitmentNotOffered();
		}
	}

}
