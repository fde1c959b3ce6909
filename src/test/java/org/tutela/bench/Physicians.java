package org.tutela.bench;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.identity.AccountId;
import org.tutela.identity.Role;
import org.tutela.identity.account.Account;
import org.tutela.identity.account.Accounts;
import org.tutela.identity.login.SignIn;

/**
 * The staff of a medical service for the file benches: 100 physicians' accounts, signed
 * in with both factors, in 10 departments (physician {@code p} a member of department
 * {@code p % 10}, of which the first ten physicians are the heads), and 100 client
 * organisations. File {@code i} is assigned to physician {@code i % 100} and belongs to
 * employer {@code i % 100}.
 */
final class Physicians {

	static final int PHYSICIANS = 100;

	static final int DEPARTMENTS = 10;

	static final int EMPLOYERS = 100;

	private final AccountId[] accounts = new AccountId[PHYSICIANS];

	private final UsernamePasswordAuthenticationToken[] signedIn = new UsernamePasswordAuthenticationToken[PHYSICIANS];

	private final UUID[] departments = new UUID[DEPARTMENTS];

	private final UUID[] employers = new UUID[EMPLOYERS];

	private Physicians() {
	}

	static Physicians open(Accounts accounts, JdbcTemplate jdbc) {
		Physicians staff = new Physicians();
		Instant now = Instant.now();
		for (int p = 0; p < PHYSICIANS; p++) {
			Role role = p < DEPARTMENTS ? Role.HEAD_PHYSICIAN : Role.PHYSICIAN;
			Account account = new Account(AccountId.random(), "physician-" + p, "Physician " + p, null, role,
					"{noop}unused", false, "SECRET", 0, null, true);
			accounts.insert(account, now);
			staff.accounts[p] = account.id();
			staff.signedIn[p] = SignIn.of(account, true);
		}
		for (int d = 0; d < DEPARTMENTS; d++) {
			staff.departments[d] = UUID.randomUUID();
			jdbc.update("INSERT INTO dossiers_department (id, name, created_at) VALUES (?, ?, ?)", staff.departments[d],
					"Department " + d, FileOpenings.at(now));
		}
		for (int p = 0; p < PHYSICIANS; p++) {
			jdbc.update("INSERT INTO dossiers_department_member (department_id, account_id, head) VALUES (?, ?, ?)",
					staff.department(p), staff.accounts[p].value(), p < DEPARTMENTS);
		}
		for (int e = 0; e < EMPLOYERS; e++) {
			staff.employers[e] = UUID.randomUUID();
			jdbc.update(
					"INSERT INTO people_organisation (id, name, search_name, membership_status, created_at) "
							+ "VALUES (?, ?, ?, 'MEMBER', ?)",
					staff.employers[e], "Employer " + e, "employer " + e, FileOpenings.at(now));
		}
		return staff;
	}

	/** Signs physician {@code p} in on this thread: costs nanoseconds. */
	void signIn(int p) {
		SecurityContextHolder.getContext().setAuthentication(this.signedIn[p]);
	}

	UUID account(int p) {
		return this.accounts[p].value();
	}

	UUID department(int p) {
		return this.departments[p % DEPARTMENTS];
	}

	UUID employer(int file) {
		return this.employers[file % EMPLOYERS];
	}

	/** The physician file {@code file} is assigned to. */
	static int physicianOf(int file) {
		return file % PHYSICIANS;
	}

	/** The head of physician {@code p}'s department. */
	static int headOf(int p) {
		return p % DEPARTMENTS;
	}

	/** The file at or after {@code file} that a physician who heads nothing holds. */
	static int notByAHead(int file, int files) {
		int at = file;
		while (physicianOf(at) < DEPARTMENTS) {
			at = (at + DEPARTMENTS) % files;
		}
		return at;
	}

}
