package org.tutela.dossiers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.dossiers.access.DepartmentStore;
import org.tutela.identity.AccountId;
import org.tutela.identity.Role;
import org.tutela.identity.StaffAccount;
import org.tutela.identity.StaffAccounts;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * The departments of controlling physicians, kept by the administrator: who belongs to
 * which, and who heads it. Only physicians belong to one; only head physicians head one.
 */
@Service
public class Departments {

	private final DepartmentStore store;

	private final StaffAccounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	Departments(DepartmentStore store, StaffAccounts accounts, AuditTrail audit, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('accounts.manage')")
	@Transactional(readOnly = true)
	public List<Department> list() {
		List<Department> departments = new ArrayList<>();
		this.store.all()
			.forEach((id,
					name) -> departments.add(new Department(id, name,
							this.store.members(id)
								.stream()
								.map(member -> new Department.Member(member.account(),
										this.accounts.displayName(member.account()), member.head()))
								.toList())));
		return departments;
	}

	/** The accounts that can belong to a department: physicians and head physicians. */
	@PreAuthorize("hasAuthority('accounts.manage')")
	@Transactional
	public List<StaffAccount> physicians() {
		return this.accounts.list()
			.stream()
			.filter(account -> account.role() == Role.PHYSICIAN || account.role() == Role.HEAD_PHYSICIAN)
			.toList();
	}

	@PreAuthorize("hasAuthority('accounts.manage')")
	@Transactional
	public UUID create(String name) {
		List<FieldError> errors = new ArrayList<>();
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			errors.add(new FieldError("name", "required"));
		}
		TextRule.LINE.check("name", trimmed, errors);
		if (errors.isEmpty() && this.store.nameTaken(trimmed)) {
			errors.add(new FieldError("name", "department.name-taken"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		UUID id = UUID.randomUUID();
		this.store.insert(id, trimmed, this.clock.instant());
		return id;
	}

	/**
	 * Adds a physician to the department, or changes whether they head it. The head of a
	 * department reads all of its files, so only a head physician can be one.
	 */
	@PreAuthorize("hasAuthority('accounts.manage')")
	@Transactional
	public void put(UUID department, AccountId account, boolean head) {
		this.store.name(department)
			.orElseThrow(() -> new InvalidInput(List.of(new FieldError("department", "required"))));
		Map<AccountId, StaffAccount> physicians = physicians().stream()
			.collect(Collectors.toMap(StaffAccount::id, Function.identity()));
		StaffAccount physician = physicians.get(account);
		if (physician == null) {
			throw new InvalidInput(List.of(new FieldError("account", "department.not-a-physician")));
		}
		if (head && physician.role() != Role.HEAD_PHYSICIAN) {
			throw new InvalidInput(List.of(new FieldError("head", "department.head-needs-role")));
		}
		this.store.put(department, account, head);
		this.audit.record(AuditEvent.ofAccount(AuditAction.UPDATE, account.value(),
				(head ? "heads" : "belongs to") + " department " + department));
	}

	@PreAuthorize("hasAuthority('accounts.manage')")
	@Transactional
	public void remove(UUID department, @Nullable AccountId account) {
		if (account != null && this.store.remove(department, account) > 0) {
			this.audit
				.record(AuditEvent.ofAccount(AuditAction.UPDATE, account.value(), "left department " + department));
		}
	}

}
