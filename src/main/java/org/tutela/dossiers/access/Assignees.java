package org.tutela.dossiers.access;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.Department;
import org.tutela.dossiers.access.DepartmentStore.Membership;
import org.tutela.identity.AccountId;
import org.tutela.identity.StaffAccounts;

/**
 * The physicians a head can give a file to, of any kind: the members of the departments
 * they head, each once, by name.
 */
@Component
public class Assignees {

	private final DepartmentStore departments;

	private final StaffAccounts accounts;

	Assignees(DepartmentStore departments, StaffAccounts accounts) {
		this.departments = departments;
		this.accounts = accounts;
	}

	public List<Department.Member> of(AccountId head) {
		return this.departments.headedBy(head)
			.stream()
			.map(Membership::account)
			.distinct()
			.map(account -> new Department.Member(account, this.accounts.displayName(account), false))
			.toList();
	}

}
