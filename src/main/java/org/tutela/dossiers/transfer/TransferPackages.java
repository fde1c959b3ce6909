package org.tutela.dossiers.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.dossiers.transfer.TransferStore.Letter;
import org.tutela.dossiers.transfer.TransferStore.Transfer.Seal;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.Sha256;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.Recipient;
import org.tutela.register.RecipientType;
import org.tutela.register.Register;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one package format in which files leave for a client's new external prevention
 * service ({@code docs/transfer-package.md}): a manifest, then each file as JSON and as
 * PDF, zipped and sealed as an OpenPGP message to the receiving key or an agreed
 * passphrase; each file's person is then a disclosure to the service the pack names.
 */
@Component
public class TransferPackages {

	/** The largest scan of a letter taken. */
	public static final int LETTER_BYTES = 10 * 1024 * 1024;

	private static final Set<String> LETTER_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

	private static final int PASSPHRASE_MIN = 16;

	private final PackageSeal seal;

	private final PdfDocuments pdfs;

	private final JsonMapper json;

	private final Register register;

	private final Disclosures disclosures;

	private final Clock clock;

	TransferPackages(PackageSeal seal, PdfDocuments pdfs, JsonMapper json, Register register, Disclosures disclosures,
			Clock clock) {
		this.seal = seal;
		this.pdfs = pdfs;
		this.json = json;
		this.register = register;
		this.disclosures = disclosures;
		this.clock = clock;
	}

	/**
	 * The rules of a scanned letter: present where {@code missing} names why it must be,
	 * and then no larger than 10 MB, as a PDF, PNG or JPEG.
	 */
	public static void checkLetter(@Nullable Letter letter, @Nullable String missing, List<FieldError> errors) {
		if (letter == null || letter.content().length == 0) {
			if (missing != null) {
				errors.add(new FieldError("letter", missing));
			}
		}
		else if (letter.content().length > LETTER_BYTES) {
			errors.add(new FieldError("letter", "dossiers.transfer.letter-size"));
		}
		else if (!LETTER_TYPES.contains(letter.contentType())) {
			errors.add(new FieldError("letter", "dossiers.transfer.letter-type"));
		}
	}

	/**
	 * The receiving service's key if one is given and can encrypt, else the passphrase's
	 * rules: each broken rule is named beside its field.
	 */
	public Optional<PGPPublicKey> checkSeal(@Nullable String publicKey, @Nullable String passphrase,
			List<FieldError> errors) {
		if (publicKey != null && !publicKey.isBlank()) {
			Optional<PGPPublicKey> key = this.seal.encryptionKey(publicKey);
			if (key.isEmpty()) {
				errors.add(new FieldError("publicKey", "dossiers.transfer.key"));
			}
			return key;
		}
		String typed = passphrase == null ? "" : passphrase;
		if (typed.length() < PASSPHRASE_MIN) {
			errors.add(new FieldError("passphrase", "dossiers.transfer.passphrase"));
		}
		else {
			TextRule.LINE.check("passphrase", typed, errors);
		}
		return Optional.empty();
	}

	/**
	 * The manifest ({@code header} after the format, reference and sending service), each
	 * file as JSON and as PDF, zipped and sealed to the key, or else to the passphrase.
	 */
	public Sealed make(String reference, Map<String, Object> header, List<Packed> files, Optional<PGPPublicKey> key,
			@Nullable String passphrase, Locale locale) {
		byte[] zip = zip(reference, header, files, locale);
		String name = reference + ".zip";
		byte[] sealed = key.map(found -> this.seal.toKey(zip, name, found))
			.orElseGet(() -> this.seal.toPassphrase(zip, name, String.valueOf(passphrase).toCharArray()));
		return new Sealed(name + ".gpg", sealed, key.isPresent() ? Seal.PUBLIC_KEY : Seal.PASSPHRASE,
				key.map(PackageSeal::fingerprint).orElse(null), Sha256.hex(sealed));
	}

	/**
	 * Records the persons whose files went as one disclosure to the new service, the
	 * activity's independent controller the pack names.
	 */
	public void disclose(String activityId, List<PersonId> persons, String reference) {
		if (persons.isEmpty()) {
			return;
		}
		Activity activity = this.register.pack().activity(activityId).orElseThrow();
		Recipient service = activity.recipients()
			.stream()
			.filter(recipient -> recipient.type() == RecipientType.INDEPENDENT_CONTROLLER)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the pack names no service to transfer to for " + activityId));
		this.disclosures.recordOnBehalf(new NewDisclosure(activity.id(), service.name(), List.of("identity", "special"),
				persons.stream().distinct().toList(), reference));
	}

	private byte[] zip(String reference, Map<String, Object> header, List<Packed> files, Locale locale) {
		List<Map<String, Object>> listed = new ArrayList<>();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Packed packed : files) {
				TransferredFile file = packed.file();
				String stem = "files/" + packed.kind() + "-" + file.reference();
				byte[] content = this.json.writeValueAsBytes(file.copied().file());
				byte[] pdf = this.pdfs.render("dossiers/transfer-file-pdf", Map.of("copied", file.copied()), locale);
				put(zip, stem + ".json", content);
				put(zip, stem + ".pdf", pdf);
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("kind", packed.kind());
				entry.put("reference", file.reference());
				entry.putAll(packed.about());
				entry.put("json", stem + ".json");
				entry.put("pdf", stem + ".pdf");
				entry.put("sha256", Sha256.hex(content));
				listed.add(entry);
			}
			Map<String, Object> manifest = new LinkedHashMap<>();
			manifest.put("format", "tutela-transfer/1");
			manifest.put("reference", reference);
			manifest.put("from", this.register.pack().controllers().get(0).name());
			manifest.putAll(header);
			manifest.put("madeAt", String.valueOf(this.clock.instant()));
			manifest.put("files", listed);
			put(zip, "manifest.json", this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	/**
	 * A file in the package: its kind's name, the file, and what the manifest says of it
	 * beyond its entries.
	 */
	public record Packed(String kind, TransferredFile file, Map<String, Object> about) {

	}

	/** The sealed package, to download once, with what its record keeps of it. */
	public record Sealed(String fileName, byte[] content, Seal sealedWith, @Nullable String fingerprint,
			String sha256) {

	}

}
