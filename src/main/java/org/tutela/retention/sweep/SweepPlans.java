package org.tutela.retention.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.ExpiringRecords.Kind;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.register.Activity;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.register.RetentionRule;
import org.tutela.register.RetentionRule.Condition;

/**
 * The sweeps of a day, computed from the pack's rules and the kinds of record the modules
 * declare: for each rule of each activity, every kind of record kept for a purpose that
 * falls under the activity, whose events include the rule's and that can leave as the
 * rule says; a rule {@code with consent} or {@code without consent} only kinds whose
 * records say whether their person agreed. Kinds that point at others go first
 * (certificates before the registrations they name), in the catalogue's erasure order,
 * the same a request follows. Messages and applications a public form sent are followed
 * by the persons they leave behind.
 */
@Component
public class SweepPlans {

	private final Register register;

	private final List<ExpiringRecords> records;

	private final PersonalDataCatalogue catalogue;

	SweepPlans(Register register, List<ExpiringRecords> records, PersonalDataCatalogue catalogue) {
		this.register = register;
		this.records = List.copyOf(records);
		this.catalogue = catalogue;
	}

	public List<PlannedSweep> on(LocalDate today) {
		PolicyPack pack = this.register.pack();
		Map<ExpiringRecords, Kind> kinds = new LinkedHashMap<>();
		this.records.forEach(records -> kinds.put(records, records.kind()));
		List<PlannedSweep> plan = new ArrayList<>();
		for (Activity activity : pack.activities()) {
			for (RetentionRule rule : activity.retention()) {
				Anchor event = rule.anchor().recorded();
				LocalDate cutoff = Cutoffs.lastDue(rule, today);
				List<PlannedSweep> reached = new ArrayList<>();
				for (Map.Entry<ExpiringRecords, Kind> entry : kinds.entrySet()) {
					Kind kind = entry.getValue();
					if ((rule.condition() != Condition.ALWAYS && !entry.getKey().knowsConsent())
							|| !kind.events().contains(event) || !kind.actions().contains(rule.action())) {
						continue;
					}
					kind.purposes()
						.stream()
						.sorted()
						.filter(purpose -> pack.activityServing(purpose)
							.map(Activity::id)
							.filter(activity.id()::equals)
							.isPresent())
						.forEach(purpose -> reached
							.add(new PlannedSweep(activity.id(), rule, entry.getKey(), kind, purpose, event, cutoff)));
				}
				plan.addAll(reached.isEmpty()
						? List.of(new PlannedSweep(activity.id(), rule, null, null, null, event, cutoff)) : reached);
			}
		}
		List<String> order = this.catalogue.erasureOrder();
		plan.sort(Comparator.comparingInt(
				(PlannedSweep sweep) -> sweep.kind() == null ? Integer.MAX_VALUE : order.indexOf(sweep.kind().module()))
			.thenComparingInt(
					sweep -> sweep.records() == null ? Integer.MAX_VALUE : this.records.indexOf(sweep.records())));
		return withPersonsLeft(plan);
	}

	/**
	 * Each sweep of records that leave their persons followed by the line of the persons
	 * they leave behind (decision 022), where a module keeps persons.
	 */
	private List<PlannedSweep> withPersonsLeft(List<PlannedSweep> plan) {
		ExpiringRecords persons = this.records.stream().filter(ExpiringRecords::arePersons).findFirst().orElse(null);
		if (persons == null) {
			return plan;
		}
		List<PlannedSweep> all = new ArrayList<>();
		for (PlannedSweep sweep : plan) {
			all.add(sweep);
			if (sweep.records() != null && sweep.records().leaveTheirPersons()) {
				all.add(sweep.leaving(persons));
			}
		}
		return all;
	}

}
