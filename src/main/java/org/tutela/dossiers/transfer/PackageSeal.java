package org.tutela.dossiers.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyKeyEncryptionMethodGenerator;
import org.springframework.stereotype.Component;

/**
 * Encrypts a transfer package as an OpenPGP message (RFC 4880, with Bouncy Castle):
 * AES-256 with an integrity packet, to the receiving service's public key or to a
 * passphrase it chose, so that it opens with any OpenPGP tool.
 */
@Component
public class PackageSeal {

	private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

	private final SecureRandom random = new SecureRandom();

	/** The first key of an armoured or binary public key that can encrypt, if any. */
	public Optional<PGPPublicKey> encryptionKey(String armoured) {
		try {
			PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(
					PGPUtil.getDecoderStream(new ByteArrayInputStream(armoured.getBytes(StandardCharsets.US_ASCII))),
					new JcaKeyFingerprintCalculator());
			for (Iterator<PGPPublicKeyRing> ring = rings.getKeyRings(); ring.hasNext();) {
				for (Iterator<PGPPublicKey> key = ring.next().getPublicKeys(); key.hasNext();) {
					PGPPublicKey candidate = key.next();
					if (candidate.isEncryptionKey() && !candidate.hasRevocation()) {
						return Optional.of(candidate);
					}
				}
			}
			return Optional.empty();
		}
		catch (IOException | PGPException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	public static String fingerprint(PGPPublicKey key) {
		return HexFormat.of().withUpperCase().formatHex(key.getFingerprint());
	}

	public byte[] toKey(byte[] content, String fileName, PGPPublicKey key) {
		return seal(content, fileName, generator -> generator
			.addMethod(new JcePublicKeyKeyEncryptionMethodGenerator(key).setProvider(PROVIDER)));
	}

	public byte[] toPassphrase(byte[] content, String fileName, char[] passphrase) {
		return seal(content, fileName, generator -> generator
			.addMethod(new JcePBEKeyEncryptionMethodGenerator(passphrase).setProvider(PROVIDER)));
	}

	private byte[] seal(byte[] content, String fileName, Method method) {
		PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
				new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
					.setSecureRandom(this.random)
					.setProvider(PROVIDER));
		method.add(generator);
		ByteArrayOutputStream sealed = new ByteArrayOutputStream();
		try (OutputStream encrypted = generator.open(sealed, new byte[1 << 16]);
				OutputStream literal = new PGPLiteralDataGenerator().open(encrypted, PGPLiteralData.BINARY, fileName,
						content.length, new Date())) {
			literal.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (PGPException ex) {
			throw new IllegalStateException("OpenPGP encryption failed", ex);
		}
		return sealed.toByteArray();
	}

	private interface Method {

		void add(PGPEncryptedDataGenerator generator);

	}

}
