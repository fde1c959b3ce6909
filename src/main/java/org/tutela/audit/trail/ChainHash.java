package org.tutela.audit.trail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The hash that links an entry into the chain: SHA-256 over a canonical form of every
 * column of the entry, its place in the chain and the previous entry's hash. Each value
 * is written as its length and its UTF-8 text, so no two different entries share a form.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(Entry entry, long seq, String prevHash) {
		MessageDigest digest = sha256();
		for (Object value : new Object[] { seq, prevHash, entry.id(), entry.occurredAt().toString(), entry.actor(),
				entry.actorRoles(), entry.action(), entry.subject(), entry.purpose(), entry.fields(), entry.requestId(),
				entry.detail() }) {
			update(digest, value);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, @Nullable Object value) {
		if (value == null) {
			digest.update("-1:".getBytes(StandardCharsets.UTF_8));
			return;
		}
		byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
		digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
		digest.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
