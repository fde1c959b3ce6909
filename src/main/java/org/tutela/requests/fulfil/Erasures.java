package org.tutela.requests.fulfil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.register.Activity;
import org.tutela.register.ErasureAnswer;
import org.tutela.register.Register;
import org.tutela.register.RetentionRule;
import org.tutela.requests.ErasureOutcome;
import org.tutela.requests.ErasureOutcome.Kept;

/**
 * Carries out an erasure request as the pack's on-erasure answers say, module by module
 * through the catalogue:
 * <ul>
 * <li>nothing held under an activity the law makes the organisation keep: everything is
 * deleted (MEZ-13, never registered), or anonymised where an activity says so;</li>
 * <li>otherwise the kept activities' data stays, restricted, until the first day its
 * retention allows erasure (SKI-12), and every other module's data about the person
 * goes.</li>
 * </ul>
 * Either way a mark stays so that no form or import adds the person again (VCK-12).
 */
@Component
public class Erasures {

	private static final Set<ErasureAnswer> KEEP = Set.of(ErasureAnswer.ARCHIVE, ErasureAnswer.REFUSE_LEGAL_OBLIGATION);

	private final PersonalDataCatalogue catalogue;

	private final Register register;

	private final Persons persons;

	Erasures(PersonalDataCatalogue catalogue, Register register, Persons persons) {
		this.catalogue = catalogue;
		this.register = register;
		this.persons = persons;
	}

	public ErasureOutcome erase(PersonId person, String note) {
		// The person's own record is kept while anything else is, and goes last.
		String personModule = this.catalogue.personRecordModule();
		Map<String, List<PersonalRecord>> held = this.catalogue.export(person);
		Map<String, Activity> keptBy = new LinkedHashMap<>();
		Map<String, ErasureAnswer> answers = new HashMap<>();
		held.forEach((module, records) -> {
			if (!module.equals(personModule)) {
				List<Activity> activities = activities(records);
				answers.put(module, strictest(activities));
				activities.stream()
					.filter(activity -> KEEP.contains(activity.onErasure()))
					.forEach(activity -> keptBy.putIfAbsent(activity.id(), activity));
			}
		});
		this.persons.markErased(person, this.register.pack().erasureKeepsName(), note);
		Map<String, ErasureMode> modes = new LinkedHashMap<>();
		if (keptBy.isEmpty()) {
			boolean anonymise = answers.containsValue(ErasureAnswer.ANONYMISE);
			this.catalogue.modules()
				.forEach(module -> modes.put(module,
						answers.get(module) == ErasureAnswer.ANONYMISE || (module.equals(personModule) && anonymise)
								? ErasureMode.ANONYMISE : ErasureMode.DELETE));
			this.catalogue.erase(person, module -> Optional.ofNullable(modes.get(module)));
			return new ErasureOutcome(true, List.copyOf(held.keySet()), List.of());
		}
		// Rows that stay point at the person: anonymising strips the rest of a module
		// without deleting them.
		this.catalogue.modules()
			.stream()
			.filter(module -> !module.equals(personModule)
					&& !KEEP.contains(answers.getOrDefault(module, ErasureAnswer.ERASE)))
			.forEach(module -> modes.put(module, ErasureMode.ANONYMISE));
		this.catalogue.erase(person, module -> Optional.ofNullable(modes.get(module)));
		this.catalogue.restrict(person, true);
		Map<Anchor, LocalDate> anchors = this.catalogue.anchors(person);
		List<Kept> kept = keptBy.values()
			.stream()
			.map(activity -> new Kept(activity.id(), activity.purpose(), activity.basisDetail(),
					possibleFrom(activity, anchors)))
			.toList();
		return new ErasureOutcome(false, held.keySet().stream().filter(modes::containsKey).toList(), kept);
	}

	/**
	 * The first day every retention rule of the activity allows erasure; null while an
	 * anchor is unknown.
	 */
	static @Nullable LocalDate possibleFrom(Activity activity, Map<Anchor, LocalDate> anchors) {
		LocalDate latest = null;
		for (RetentionRule rule : activity.retention()) {
			LocalDate anchor = anchors.get(rule.anchor().recorded());
			if (anchor == null) {
				return null;
			}
			LocalDate due = rule.dueFrom(anchor).plusDays(1);
			latest = latest == null || due.isAfter(latest) ? due : latest;
		}
		return latest;
	}

	private List<Activity> activities(List<PersonalRecord> records) {
		List<Activity> found = new ArrayList<>();
		records.stream()
			.flatMap(record -> record.purposes().stream())
			.distinct()
			.map(this.register.pack()::activityServing)
			.flatMap(Optional::stream)
			.filter(activity -> !found.contains(activity))
			.forEach(found::add);
		return found;
	}

	/**
	 * Keeping wins over anonymising, anonymising over erasing; a module under no activity
	 * is erased.
	 */
	private static ErasureAnswer strictest(List<Activity> activities) {
		return activities.stream()
			.map(Activity::onErasure)
			.max(Comparator.comparingInt(Erasures::weight))
			.orElse(ErasureAnswer.ERASE);
	}

	private static int weight(ErasureAnswer answer) {
		return switch (answer) {
			case ERASE -> 0;
			case ANONYMISE -> 1;
			case ARCHIVE, REFUSE_LEGAL_OBLIGATION -> 2;
		};
	}

}
