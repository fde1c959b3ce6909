package org.tutela.people.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Role;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.DeclaredColumn;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.ServedActivities;

/**
 * Everything held about a person as staff see it: the catalogue's export with identifiers
 * masked, special-category fields left out for readers who may not see them (MEN-11),
 * confidential files left out altogether for staff they are not entrusted to, records its
 * module shows only to staff holding an authority left out for the others (a contact
 * message, for those who answer messages), and rows in the restricted archive (MEZ-8) for
 * those allowed to read the archive only.
 */
@Component
public class PrivacyView {

	private final PersonalDataCatalogue catalogue;

	private final ServedActivities activities;

	PrivacyView(PersonalDataCatalogue catalogue, ServedActivities activities) {
		this.catalogue = catalogue;
		this.activities = activities;
	}

	/**
	 * {@code specialCategoryReader} is the reader's role where they may read this
	 * person's special-category data at all, null otherwise. Need to know is per
	 * activity: a special-category field is shown only where an activity serving its
	 * purpose gives that role access, so a physician related to a person through a
	 * medical file does not read the remarks the person gave for a session.
	 */
	public Map<String, List<PersonalRecord>> of(PersonId person, @Nullable Role specialCategoryReader,
			boolean archiveAllowed) {
		Map<String, DataCategory> categories = new LinkedHashMap<>();
		Set<String> specialReadable = new HashSet<>();
		for (DeclaredTable table : this.catalogue.tables()) {
			for (DeclaredColumn column : table.columns()) {
				categories.put(table.name() + "." + column.name(), column.category());
				if (column.category() == DataCategory.SPECIAL && readable(column, specialCategoryReader)) {
					specialReadable.add(table.name() + "." + column.name());
				}
			}
		}
		Map<String, List<PersonalRecord>> shown = new LinkedHashMap<>();
		this.catalogue.export(person).forEach((module, records) -> {
			List<PersonalRecord> visible = new ArrayList<>();
			for (PersonalRecord record : records.stream()
				.filter(record -> archiveAllowed || !record.archived())
				.filter(record -> entrusted(record, specialCategoryReader))
				.filter(record -> this.catalogue.readWith(record.table()).map(Caller::holds).orElse(true))
				.toList()) {
				Map<String, String> fields = new LinkedHashMap<>();
				record.fields().forEach((field, value) -> {
					DataCategory category = categories.get(record.table() + "." + field);
					if (category == DataCategory.IDENTIFIER) {
						fields.put(field, masked(value));
					}
					else if (category != DataCategory.SPECIAL
							|| specialReadable.contains(record.table() + "." + field)) {
						fields.put(field, value);
					}
				});
				if (!fields.isEmpty()) {
					visible.add(new PersonalRecord(record.table(), record.label(), record.purposes(), fields,
							record.archived()));
				}
			}
			if (!visible.isEmpty()) {
				shown.put(module, visible);
			}
		});
		return shown;
	}

	/**
	 * A confidential file (a medical file) is not even shown to exist to staff it is not
	 * entrusted to: only to a reader whose role an activity serving it names.
	 */
	private boolean entrusted(PersonalRecord record, @Nullable Role reader) {
		return this.catalogue.confidentialFile(record.table()).isEmpty() || (reader != null
				&& record.purposes().stream().anyMatch(purpose -> reader.namedIn(this.activities.access(purpose))));
	}

	private boolean readable(DeclaredColumn column, @Nullable Role reader) {
		return reader != null
				&& column.purposes().stream().anyMatch(purpose -> reader.namedIn(this.activities.access(purpose)));
	}

	private static String masked(String value) {
		return value.length() <= 4 ? "****" : "*".repeat(value.length() - 2) + value.substring(value.length() - 2);
	}

}
