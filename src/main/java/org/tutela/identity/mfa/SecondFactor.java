package org.tutela.identity.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.identity.AccountId;
import org.tutela.identity.account.Account;
import org.tutela.identity.account.Accounts;
import org.tutela.identity.login.LoginEventKind;
import org.tutela.identity.login.LoginHistory;

/**
 * The second factor: an authenticator app (TOTP) enrolled by scanning a QR code, with
 * recovery codes for when the phone is lost (MEN-25, ASVS 6.5 and 6.6).
 */
@Service
public class SecondFactor {

	private static final String ISSUER = "Tutela";

	private final Accounts accounts;

	private final RecoveryCodes recoveryCodes;

	private final LoginHistory history;

	private final Clock clock;

	SecondFactor(Accounts accounts, RecoveryCodes recoveryCodes, LoginHistory history, Clock clock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.history = history;
		this.clock = clock;
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

	/** Checks a code from the app, or a recovery code; each works once. */
	@Transactional
	public void verify(AccountId id, String code) {
		Account account = this.accounts.findById(id).filter(Account::hasSecondFactor).orElseThrow(WrongCode::new);
		OptionalLong step = Totp.matchingStep(account.totpSecret(), code, this.clock.instant());
		if (step.isPresent() && this.accounts.useTimeStep(id, step.getAsLong())) {
			this.history.record(id, LoginEventKind.SECOND_FACTOR_PASSED);
			return;
		}
		if (step.isEmpty() && this.recoveryCodes.use(id, code)) {
			this.history.record(id, LoginEventKind.RECOVERY_CODE_USED);
			return;
		}
		this.history.record(id, LoginEventKind.SECOND_FACTOR_FAILED);
		throw new WrongCode();
	}

	/** What the enrolment page shows: the secret as text and as a QR code. */
	public record Enrolment(String secret, String uri, String qrCode) {
	}

}
