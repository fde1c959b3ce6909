package org.tutela.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says exactly which keysets to set when production starts without them. */
class MissingKeysetsAnalyzer extends AbstractFailureAnalyzer<MissingKeysets> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingKeysets cause) {
		return new FailureAnalysis(
				"Tutela runs in production mode (profile 'prod') but no encryption keysets are configured.", """
						Set both environment variables to Tink JSON keysets and start again:
						    TUTELA_CRYPTO_FIELD_KEYSET=<AES256_GCM keyset>
						    TUTELA_CRYPTO_INDEX_KEYSET=<HMAC_SHA256_PRF keyset>
						Generate them once with: java -jar tutela.jar keys new
						Keep them in your secret store; without them, encrypted data cannot be read.""", cause);
	}

}
