package org.tutela.identity.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.identity.AccountId;
import org.tutela.identity.account.Account;
import org.tutela.identity.account.Accounts;
import org.tutela.identity.login.LoginEventKind;
import org.tutela.identity.login.LoginHistory;

/**
 * The second factor: an authenticator app (TOTP) enrolled by scanning a QR code, with
 * recovery codes for when the phone is lost (MEN-25, ASVS 6.5 and 6.6). Wrong codes are
 * counted per account across sessions: past {@code tutela.login.second-factor-failures}
 * the second factor is locked for {@code tutela.login.second-factor-lock}, twice as long
 * at each following lock, with the same answer as any wrong code, and the holder is told
 * by mail (ASVS 6.3.1).
 */
@Service
public class SecondFactor {

	private static final String ISSUER = "Tutela";

	private final Accounts accounts;

	private final RecoveryCodes recoveryCodes;

	private final LoginHistory history;

	private final LockNotice notice;

	private final Clock clock;

	private final int failuresBeforeLock;

	private final Duration firstLock;

	SecondFactor(Accounts accounts, RecoveryCodes recoveryCodes, LoginHistory history, LockNotice notice, Clock clock,
			@Value("${tutela.login.second-factor-failures:5}") int failuresBeforeLock,
			@Value("${tutela.login.second-factor-lock:15m}") Duration firstLock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.history = history;
		this.notice = notice;
		this.clock = clock;
		this.failuresBeforeLock = failuresBeforeLock;
		this.firstLock = firstLock;
	}

	/** A new secret to show; nothing is stored until the holder proves the app has it. */
	public Enrolment propose(String username) {
		return enrolment(username, Totp.newSecret());
	}

	/** The same proposal again, for a second try at the code. */
	public Enrolment enrolment(String username, String secret) {
		String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&digits=6&period=30";
		return new Enrolment(secret, uri, QrCode.svgDataUri(uri));
	}

	/**
	 * Stores the secret once a code computed from it is given, and returns new recovery
	 * codes to show once.
	 */
	@Transactional
	public List<String> enrol(AccountId account, String secret, String code) {
		OptionalLong step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			this.history.record(account, LoginEventKind.SECOND_FACTOR_FAILED);
			throw new WrongCode();
		}
		this.accounts.enrolSecondFactor(account, secret);
		this.accounts.useTimeStep(account, step.getAsLong());
		this.history.record(account, LoginEventKind.SECOND_FACTOR_ENROLLED);
		return this.recoveryCodes.renew(account);
	}

	/**
	 * Checks a code from the app, or a recovery code; each works once, and none while the
	 * second factor is locked.
	 */
	@Transactional(noRollbackFor = WrongCode.class)
	public void verify(AccountId id, String code) {
		Account account = this.accounts.findById(id).filter(Account::hasSecondFactor).orElseThrow(WrongCode::new);
		Instant now = this.clock.instant();
		if (this.accounts.secondFactorLockedUntil(id).filter(now::isBefore).isPresent()) {
			this.history.record(id, LoginEventKind.SECOND_FACTOR_FAILED);
			throw new WrongCode();
		}
		OptionalLong step = Totp.matchingStep(account.totpSecret(), code, now);
		if (step.isPresent() && this.accounts.useTimeStep(id, step.getAsLong())) {
			passed(id, LoginEventKind.SECOND_FACTOR_PASSED);
			return;
		}
		if (step.isEmpty() && this.recoveryCodes.use(id, code)) {
			passed(id, LoginEventKind.RECOVERY_CODE_USED);
			return;
		}
		this.history.record(id, LoginEventKind.SECOND_FACTOR_FAILED);
		if (this.accounts.countSecondFactorFailure(id) > this.failuresBeforeLock) {
			Instant until = this.accounts.lockSecondFactor(id, now, this.firstLock);
			this.history.record(id, LoginEventKind.LOCKED);
			this.notice.tell(account, until);
		}
		throw new WrongCode();
	}

	private void passed(AccountId id, LoginEventKind kind) {
		this.accounts.clearSecondFactorFailures(id);
		this.history.record(id, kind);
	}

	/** What the enrolment page shows: the secret as text and as a QR code. */
	public record Enrolment(String secret, String uri, String qrCode) {
	}

}
