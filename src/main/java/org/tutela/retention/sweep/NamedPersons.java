package org.tutela.retention.sweep;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;

/**
 * Which persons a record of another kind still names: a person reaches their end only
 * once none does. A dry run removes nothing, so it passes the records it would have
 * deleted or anonymised earlier in the run, and those count as gone.
 */
@Component
class NamedPersons {

	private final List<ExpiringRecords> kinds;

	NamedPersons(List<ExpiringRecords> kinds) {
		this.kinds = kinds.stream().filter(kind -> !kind.arePersons()).toList();
	}

	Set<PersonId> among(Collection<PersonId> persons, Map<ExpiringRecords, Set<String>> gone) {
		Set<PersonId> named = new HashSet<>();
		for (ExpiringRecords kind : this.kinds) {
			Set<String> goneOfKind = gone.getOrDefault(kind, Set.of());
			kind.naming(persons)
				.stream()
				.filter(record -> !goneOfKind.contains(record.key()))
				.forEach(record -> named.addAll(record.persons()));
		}
		named.retainAll(persons);
		return named;
	}

}
