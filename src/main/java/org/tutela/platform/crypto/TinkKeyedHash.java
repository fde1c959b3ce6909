package org.tutela.platform.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Keyed hashes with Tink's HMAC-SHA256 PRF over the domain and the value, separated by a
 * zero byte so that no domain and value pair collides with another.
 */
@Component
class TinkKeyedHash implements KeyedHash {

	private static final int OUTPUT_BYTES = 32;

	private final KeysetStore keys;

	TinkKeyedHash(KeysetStore keys) {
		this.keys = keys;
	}

	@Override
	public String hash(String domain, String value) {
		ByteArrayOutputStream input = new ByteArrayOutputStream();
		input.writeBytes(domain.getBytes(StandardCharsets.UTF_8));
		input.write(0);
		input.writeBytes(value.getBytes(StandardCharsets.UTF_8));
		try {
			return HexFormat.of().formatHex(this.keys.index().computePrimary(input.toByteArray(), OUTPUT_BYTES));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Keyed hash failed", ex);
		}
	}

}
