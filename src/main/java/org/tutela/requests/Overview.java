package org.tutela.requests;

import java.time.LocalDate;
import java.util.List;

import org.tutela.personaldata.PersonalRecord;
import org.tutela.register.Activity;
import org.tutela.register.Recipient;

/**
 * Everything held about a person, each datum under the activities of the pack it serves,
 * with their purposes, bases, recipients and retention (GDPR Art. 15(1), VCK-9). A record
 * whose fields serve different activities is split between their groups.
 */
public record Overview(String name, LocalDate madeOn, List<Group> groups) {

	public Overview {
		groups = List.copyOf(groups);
	}

	public int recordCount() {
		return this.groups.stream().mapToInt(group -> group.records().size()).sum();
	}

	/** The data that serves the same activities, in the pack's order. */
	public record Group(List<Activity> activities, List<PersonalRecord> records) {

		public Group {
			activities = List.copyOf(activities);
			records = List.copyOf(records);
		}

		/**
		 * Everyone outside the organisation who receives the data under any of the
		 * activities.
		 */
		public List<String> recipients() {
			return this.activities.stream()
				.flatMap(activity -> activity.recipients().stream())
				.map(Recipient::name)
				.distinct()
				.toList();
		}

	}

}
