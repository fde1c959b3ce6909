package org.tutela.requests;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.platform.PersonalRecord;
import org.tutela.register.LegalBasis;
import org.tutela.register.Text;

/**
 * Everything held about a person, grouped by the purpose it is kept for, with the basis, the
 * recipients and the retention of each (GDPR Art. 15(1), VCK-9).
 */
public record Overview(String name, LocalDate madeOn, List<Group> groups) {

	public Overview {
		groups = List.copyOf(groups);
	}

	public int recordCount() {
		return this.groups.stream().mapToInt(group -> group.records().size()).sum();
	}

	/**
	 * One purpose: {@code activity} is the pack's activity, or null for the person's own record,
	 * which serves every purpose the person has with the organisation.
	 */
	public record Group(@Nullable String activity, @Nullable Text purpose, @Nullable LegalBasis basis,
			List<String> recipients, List<String> retention, List<PersonalRecord> records) {

		public Group {
			recipients = List.copyOf(recipients);
			retention = List.copyOf(retention);
			records = List.copyOf(records);
		}

	}

}
