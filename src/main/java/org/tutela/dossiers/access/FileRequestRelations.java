package org.tutela.dossiers.access;

import org.springframework.stereotype.Component;
import org.tutela.identity.AccountId;
import org.tutela.identity.PersonRelations;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.MedicalFileRequests;

/**
 * The heads of departments have need to know of a worker whose access request on their
 * medical file waits with them: they send it to the attending physician (MEN-17).
 */
@Component
class FileRequestRelations implements PersonRelations {

	private final DepartmentStore departments;

	private final MedicalFileRequests requests;

	FileRequestRelations(DepartmentStore departments, MedicalFileRequests requests) {
		this.departments = departments;
		this.requests = requests;
	}

	@Override
	public boolean relates(AccountId staff, PersonId person) {
		return this.departments.headsAny(staff) && this.requests.waitingAbout(person);
	}

}
