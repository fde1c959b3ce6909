package org.tutela.dossiers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEDataDecryptorFactoryBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyDataDecryptorFactoryBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service a transfer package goes to, as an OpenPGP tool on its side: its own key
 * pair, whose armoured public key it gives, and the opening of a package with its private
 * key or an agreed passphrase, into the entries of the ZIP inside.
 */
final class ReceivingService {

	private static final BouncyCastleProvider BC = new BouncyCastleProvider();

	private final KeyPair pair;

	private final PGPKeyPair key;

	ReceivingService() throws Exception {
		this.pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
		this.key = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PGPPublicKey.RSA_GENERAL, this.pair, new Date());
	}

	String armouredPublicKey() throws Exception {
		PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
		PGPKeyRingGenerator ring = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, this.key,
				"Next Prevention VZW <medical@next.example.org>", sha1, null, null,
				new JcaPGPContentSignerBuilder(this.key.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256)
					.setProvider(BC),
				new JcePBESecretKeyEncryptorBuilder(PGPEncryptedData.AES_256, sha1).setProvider(BC)
					.build("unused".toCharArray()));
		ByteArrayOutputStream armoured = new ByteArrayOutputStream();
		try (ArmoredOutputStream out = new ArmoredOutputStream(armoured)) {
			ring.generatePublicKeyRing().encode(out);
		}
		return armoured.toString(StandardCharsets.US_ASCII);
	}

	/** The package opened with this service's private key, its integrity checked. */
	Map<String, byte[]> open(byte[] message) throws Exception {
		PGPPublicKeyEncryptedData sealed = (PGPPublicKeyEncryptedData) encrypted(message);
		Map<String, byte[]> entries = unzip(literal(sealed.getDataStream(
				new JcePublicKeyDataDecryptorFactoryBuilder().setProvider(BC).build(this.pair.getPrivate()))));
		assertThat(sealed.verify()).as("the integrity packet holds").isTrue();
		return entries;
	}

	/** The package opened with the passphrase agreed with the sending service. */
	static Map<String, byte[]> open(byte[] message, String passphrase) throws Exception {
		PGPPBEEncryptedData sealed = (PGPPBEEncryptedData) encrypted(message);
		return unzip(literal(sealed.getDataStream(new JcePBEDataDecryptorFactoryBuilder(
				new JcaPGPDigestCalculatorProviderBuilder().setProvider(BC).build())
			.setProvider(BC)
			.build(passphrase.toCharArray()))));
	}

	private static PGPEncryptedData encrypted(byte[] message) throws IOException {
		JcaPGPObjectFactory factory = new JcaPGPObjectFactory(
				PGPUtil.getDecoderStream(new ByteArrayInputStream(message)));
		Object first = factory.nextObject();
		PGPEncryptedDataList list = first instanceof PGPEncryptedDataList found ? found
				: (PGPEncryptedDataList) factory.nextObject();
		return list.get(0);
	}

	private static byte[] literal(InputStream clear) throws IOException {
		return ((PGPLiteralData) new JcaPGPObjectFactory(clear).nextObject()).getInputStream().readAllBytes();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
