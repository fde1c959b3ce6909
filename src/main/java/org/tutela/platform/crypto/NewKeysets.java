package org.tutela.platform.crypto;

import java.io.PrintStream;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;

/**
 * {@code java -jar tutela.jar keys new}: prints a fresh pair of keysets for production.
 */
public final class NewKeysets {

	private NewKeysets() {
	}

	public static void print(PrintStream out) throws GeneralSecurityException {
		AeadConfig.register();
		PrfConfig.register();
		out.println("TUTELA_CRYPTO_FIELD_KEYSET='" + json(PredefinedAeadParameters.AES256_GCM) + "'");
		out.println("TUTELA_CRYPTO_INDEX_KEYSET='" + json(PredefinedPrfParameters.HMAC_SHA256_PRF) + "'");
	}

	private static String json(Parameters parameters) throws GeneralSecurityException {
		KeysetHandle keyset = KeysetHandle.newBuilder()
			.addEntry(KeysetHandle.generateEntryFromParameters(parameters).withRandomId().makePrimary())
			.build();
		return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()).replace("\n", "");
	}

}
