package org.tutela.retention.sweep;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.consent.ConsentLedger;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.ExpiringRecords.Due;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;

/**
 * The persons a public form registered for a message or a job application, who go with
 * the last such record (decision 022): of the persons records just deleted named, those
 * the persons' own kind says a form registered and nothing of their own keeps, whom no
 * record of another kind names any longer (a registration, an invoice, a membership,
 * another message), who hold no consent given and whom no legal hold or open request
 * keeps.
 */
@Component
class LeftPersons {

	private final @Nullable ExpiringRecords persons;

	private final NamedPersons named;

	private final ConsentLedger consents;

	LeftPersons(List<ExpiringRecords> kinds, NamedPersons named, ConsentLedger consents) {
		this.persons = kinds.stream().filter(ExpiringRecords::arePersons).findFirst().orElse(null);
		this.named = named;
		this.consents = consents;
	}

	/** The persons' own kind, where a module keeps persons. */
	@Nullable ExpiringRecords persons() {
		return this.persons;
	}

	/**
	 * Removes the persons left behind among {@code named}, unless a dry run: then notes
	 * them in {@code left} instead. {@code gone}: the records a dry run passed so far,
	 * which name no one any longer; {@code left}: the persons it removed so far.
	 */
	Left forget(Collection<PersonId> named, Map<ExpiringRecords, Set<String>> gone, Set<String> left,
			Set<PersonId> held, boolean dryRun) {
		ExpiringRecords kind = this.persons;
		if (kind == null || named.isEmpty()) {
			return new Left(0, 0);
		}
		List<Due> behind = kind.leftBehind(named).stream().filter(person -> !left.contains(person.key())).toList();
		Set<PersonId> ids = behind.stream().flatMap(person -> person.persons().stream()).collect(Collectors.toSet());
		Set<PersonId> kept = new HashSet<>(this.named.among(ids, gone));
		kept.addAll(this.consents.consenting(ids));
		List<Due> free = behind.stream().filter(person -> person.persons().stream().noneMatch(kept::contains)).toList();
		List<String> keys = free.stream()
			.filter(person -> person.persons().stream().noneMatch(held::contains))
			.map(Due::key)
			.toList();
		if (dryRun) {
			left.addAll(keys);
			return new Left(keys.size(), free.size() - keys.size());
		}
		return new Left(keys.isEmpty() ? 0 : kind.apply(RetentionAction.DELETE, keys), free.size() - keys.size());
	}

	/** How many persons went (or would go), and how many a hold kept back. */
	record Left(long reached, long held) {
	}

}
