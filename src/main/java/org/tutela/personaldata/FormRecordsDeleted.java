package org.tutela.personaldata;

import java.util.Set;

/**
 * Records a public form sent were deleted outside the sweeps (an applicant withdrew the
 * consent to keep their application after its four weeks had passed): the persons they
 * named, whom the form may have registered for them alone. Retention removes each that
 * nothing else keeps, as a sweep does, in the publisher's transaction (decision 022).
 * Published by the module that held the records; it lives here, as retention sits neither
 * above nor below it.
 */
public record FormRecordsDeleted(Set<PersonId> persons) {

	public FormRecordsDeleted {
		persons = Set.copyOf(persons);
	}

}
