package org.tutela.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.identity.account.Account;
import org.tutela.identity.account.Accounts;
import org.tutela.identity.account.PasswordPolicy;

/**
 * Opening accounts and changing passwords. Every new account starts with a password its
 * holder must replace at the first login.
 */
@Service
public class StaffAccounts {

	private static final String PURPOSE = "account administration";

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	StaffAccounts(Accounts accounts, PasswordPolicy policy, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('accounts.manage')")
	@Transactional
	public AccountId open(NewStaffAccount account, String firstPassword) {
		return openUnchecked(account, firstPassword);
	}

	/**
	 * Opens a portal account for a participant or client contact: no password, its holder
	 * signs in with a single-use link sent to the e-mail address.
	 */
	@PreAuthorize("hasAuthority('accounts.manage')")
	@Transactional
	public AccountId openPortal(NewStaffAccount account) {
		if (account.role().isStaff() || account.email() == null || account.email().isBlank()) {
			throw new PortalAccountNeedsEmail();
		}
		if (this.accounts.findByUsername(account.username()).isPresent()) {
			throw new UsernameTaken(account.username());
		}
		AccountId id = AccountId.random();
		this.accounts.insert(Account.opened(id, account, null), this.clock.instant());
		this.audit.record(AuditEvent.ofAccount(AuditAction.CREATE, id.value(), "portal account opened"));
		return id;
	}

	@PreAuthorize("hasAuthority('accounts.manage')")
	@Transactional
	public List<StaffAccount> list() {
		this.audit.record(new AuditEvent(AuditAction.READ, null, null, PURPOSE,
				Set.of("username", "display_name", "role"), "list of accounts"));
		Instant now = this.clock.instant();
		return this.accounts.all()
			.stream()
			.map(account -> new StaffAccount(account.id(), account.username(), account.displayName(), account.role(),
					account.hasSecondFactor(), account.lockedAt(now)))
			.toList();
	}

	/** The trainers a session can be planned with, by name. */
	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional(readOnly = true)
	public List<StaffAccount> trainers() {
		Instant now = this.clock.instant();
		return this.accounts.all()
			.stream()
			.filter(account -> account.role() == Role.TRAINER)
			.map(account -> new StaffAccount(account.id(), account.username(), account.displayName(), account.role(),
					account.hasSecondFactor(), account.lockedAt(now)))
			.toList();
	}

	/** The jury members an award's jurors are chosen from, by name (VCK-5). */
	@PreAuthorize("hasAuthority('awards.manage')")
	@Transactional(readOnly = true)
	public List<StaffAccount> juryMembers() {
		Instant now = this.clock.instant();
		return this.accounts.all()
			.stream()
			.filter(account -> account.role() == Role.JURY_MEMBER)
			.map(account -> new StaffAccount(account.id(), account.username(), account.displayName(), account.role(),
					account.hasSecondFactor(), account.lockedAt(now)))
			.toList();
	}

	/** Whether the account exists and teaches: only trainers are planned on sessions. */
	@Transactional(readOnly = true)
	public boolean isTrainer(AccountId id) {
		return this.accounts.findById(id).filter(account -> account.role() == Role.TRAINER).isPresent();
	}

	/**
	 * The psychosocial prevention advisers, to whom an adviser can hand a case over; no
	 * one else sees who they are this way.
	 */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional(readOnly = true)
	public List<StaffAccount> psychosocialAdvisers() {
		Instant now = this.clock.instant();
		return this.accounts.all()
			.stream()
			.filter(account -> account.role() == Role.PSYCHOSOCIAL_ADVISER)
			.map(account -> new StaffAccount(account.id(), account.username(), account.displayName(), account.role(),
					account.hasSecondFactor(), account.lockedAt(now)))
			.toList();
	}

	/**
	 * The addresses of the open staff accounts whose role grants a permission: where a
	 * module's reminders to the holders of a task go (ALL-4).
	 */
	@Transactional(readOnly = true)
	public List<String> addressesHolding(Permission permission) {
		return addressesOfOpen(account -> account.role().permissions().contains(permission));
	}

	/**
	 * The addresses of the open staff accounts that the account of this username, or
	 * every account of this role (as a policy pack names it: {@code coordinator},
	 * {@code psychosocial-adviser}), comes to: where a task routed to them is announced.
	 */
	@Transactional(readOnly = true)
	public List<String> addressesOf(@Nullable String username, @Nullable String role) {
		return addressesOfOpen(account -> account.role().isStaff()
				&& (account.username().equals(username) || (role != null && account.role().namedIn(List.of(role)))));
	}

	/** The addresses of the accounts not locked that {@code chosen} accepts. */
	private List<String> addressesOfOpen(Predicate<Account> chosen) {
		Instant now = this.clock.instant();
		return this.accounts.all()
			.stream()
			.filter(account -> !account.lockedAt(now) && chosen.test(account))
			.map(Account::email)
			.filter(email -> email != null && !email.isBlank())
			.toList();
	}

	/** The e-mail address of an account: a portal account's holder is found by it. */
	@Transactional(readOnly = true)
	public Optional<String> email(AccountId id) {
		return this.accounts.findById(id).map(Account::email);
	}

	/** A staff member's name as sessions and attendance lists show it. */
	@Transactional(readOnly = true)
	public String displayName(AccountId id) {
		return this.accounts.findById(id).map(Account::displayName).orElse("");
	}

	/** For the first start only, when nobody is signed in yet to hold the permission. */
	@Transactional
	public AccountId openFirstAdmin(NewStaffAccount account, String firstPassword) {
		if (this.accounts.count() > 0) {
			throw new IllegalStateException(
					"Accounts exist already; the first admin is opened only on an empty database");
		}
		return openUnchecked(account, firstPassword);
	}

	private AccountId openUnchecked(NewStaffAccount account, String firstPassword) {
		if (this.accounts.findByUsername(account.username()).isPresent()) {
			throw new UsernameTaken(account.username());
		}
		this.policy.check(firstPassword, account.username(), account.displayName());
		AccountId id = AccountId.random();
		Instant now = this.clock.instant();
		this.accounts.insert(Account.opened(id, account, this.encoder.encode(firstPassword)), now);
		this.audit.record(AuditEvent.ofAccount(AuditAction.CREATE, id.value(), "staff account opened"));
		return id;
	}

	/**
	 * Replaces a password after checking the current one, so a session left open cannot
	 * be used to take the account over (ASVS 6.2.3).
	 */
	@Transactional
	public void changePassword(AccountId id, String currentPassword, String newPassword) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new WrongPassword());
		if (account.passwordHash() == null || !this.encoder.matches(currentPassword, account.passwordHash())) {
			throw new WrongPassword();
		}
		if (this.encoder.matches(newPassword, account.passwordHash())) {
			throw new WeakPassword("password.same");
		}
		this.policy.check(newPassword, account.username(), account.displayName());
		this.accounts.replacePassword(id, this.encoder.encode(newPassword), this.clock.instant());
	}

}
