package org.tutela.dossiers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.AccountId;

/**
 * A juror of an award, and when they signed the confidentiality statement, in which
 * wording; unsigned, they read nothing (VCK-5).
 */
public record Juror(AccountId account, @Nullable Instant signedAt, @Nullable String statementVersion) {

	public boolean signed() {
		return this.signedAt != null;
	}

}
