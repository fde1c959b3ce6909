package org.tutela.personaldata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A kind of record a retention rule reaches, as its module knows it: the purpose it
 * serves, the events its age counts from, and how it leaves. The retention engine walks
 * the due records in key order, a batch at a time
 * ({@code WHERE not yet processed AND key > last}), and hands each batch back to
 * {@link #apply} in one transaction; both must name only records not yet processed for
 * the action, so that a batch run twice changes nothing the second time.
 */
public interface ExpiringRecords {

	/** What the records are and how a rule can reach them. */
	Kind kind();

	/**
	 * Up to {@code limit} records kept for {@code purpose}, in key order after
	 * {@code after} (from the start when null), whose {@code event} happened on or before
	 * {@code cutoff} and that {@code action} has not yet reached.
	 */
	List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit);

	/**
	 * Whether each record says if its person agreed to keep it longer, so that rules
	 * written {@code with consent} and {@code without consent} reach it; by default not,
	 * and such rules reach nothing.
	 */
	default boolean knowsConsent() {
		return false;
	}

	/**
	 * As {@link #due(String, Anchor, LocalDate, RetentionAction, String, int)}, for the
	 * records whose person agreed ({@code consented}) or did not agree to keep them
	 * longer. Only asked of kinds that {@link #knowsConsent()}.
	 */
	default List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, boolean consented,
			@Nullable String after, int limit) {
		return List.of();
	}

	/**
	 * Applies {@code action} to the records of these keys that it has not yet reached;
	 * how many it changed.
	 */
	int apply(RetentionAction action, List<String> keys);

	/**
	 * This kind's records that name any of these persons, for example as participant or
	 * holder: while one does, the person has not reached their end. None by default, for
	 * kinds whose records are parts of another kind's.
	 */
	default List<Due> naming(Collection<PersonId> persons) {
		return List.of();
	}

	/**
	 * Whether the persons these records name may have been registered for them alone, by
	 * the public form that sent them (a message, a job application): when a sweep deletes
	 * such records, the persons they named go with them once nothing else keeps them
	 * (decision 022). By default not.
	 */
	default boolean leaveTheirPersons() {
		return false;
	}

	/**
	 * Whether the records are the persons themselves: a person is due only once no record
	 * of another kind names them, after that day's sweeps of the other kinds.
	 */
	default boolean arePersons() {
		return false;
	}

	/**
	 * Asked of the persons' own kind: of these persons, named by records that
	 * {@link #leaveTheirPersons() leave their persons} and have just gone, those a public
	 * form registered and whose own record keeps nothing that holds them (a restriction,
	 * a contact role for an organisation). The caller still asks the other kinds whether
	 * a record names them, and leaves out the held. None by default.
	 */
	default List<Due> leftBehind(Collection<PersonId> persons) {
		return List.of();
	}

	/**
	 * A kind of record: its module as in the catalogue; what the records are, in words
	 * for the DPO's report ({@code registrations}); the purposes they are kept for,
	 * catalogue purposes ({@code training-administration}) or the pack's activities
	 * themselves where the module records the activity with each record (a mailing
	 * list's); the events their age can count from; and the actions they can take.
	 */
	record Kind(String module, String name, Set<String> purposes, Set<Anchor> events, Set<RetentionAction> actions) {

		public Kind {
			purposes = Set.copyOf(purposes);
			events = Set.copyOf(events);
			actions = Set.copyOf(actions);
		}

	}

	/** A due record: its key, and the persons it still names (for legal holds). */
	record Due(String key, Set<PersonId> persons) {

		public Due {
			persons = Set.copyOf(persons);
		}

		/**
		 * A record naming the persons of these ids, as read from a row; nulls are left
		 * out.
		 */
		public static Due of(String key, @Nullable UUID... persons) {
			return new Due(key,
					Arrays.stream(persons).filter(Objects::nonNull).map(PersonId::of).collect(Collectors.toSet()));
		}

	}

}
