package org.tutela.personaldata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A module that holds data about persons, as the catalogue reaches it: what it holds
 * ({@link #tables()}), everything about one person, erasure, restriction and merging.
 * Data-subject requests, retention and the privacy view are built only on this interface.
 */
public interface PersonalDataProvider extends TableDeclarations {

	/** Everything this module holds about the person. */
	List<PersonalRecord> export(PersonId person);

	void erase(PersonId person, ErasureMode mode);

	/** Marks the person's data as restricted (GDPR Art. 18), or lifts the mark. */
	void restrict(PersonId person, boolean restricted);

	/**
	 * Moves everything linked to {@code from} over to {@code into}, when two records turn
	 * out to be the same person. Afterwards no row of this module points at {@code from}.
	 */
	void reassign(PersonId from, PersonId into);

	/**
	 * The latest date of each event a retention period can count from that this module
	 * knows for the person: for when erasure becomes possible (SKI-12).
	 */
	default Map<Anchor, LocalDate> anchors(PersonId person) {
		return Map.of();
	}

}
