package org.tutela.dossiers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.dossiers.transfer.PackageSeal;
import org.tutela.dossiers.transfer.TransferStore;
import org.tutela.dossiers.transfer.TransferStore.Transfer;
import org.tutela.dossiers.transfer.TransferStore.Transfer.Seal;
import org.tutela.dossiers.transfer.TransferableFiles;
import org.tutela.dossiers.transfer.TransferredFile;
import org.tutela.identity.Caller;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.Sha256;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.Recipient;
import org.tutela.register.RecipientType;
import org.tutela.register.Register;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's files for its new external prevention service (MEN-20): on the written
 * request of that service's director of medical supervision, a head physician makes one
 * package of every file the pack lets go for the client's workers, as JSON with a PDF of
 * each (the format is in {@code docs/transfer-package.md}), encrypted to the public key
 * or passphrase the receiving service gives. The transfer is recorded with the letter,
 * and in the disclosure log for each worker. Nothing is kept of the package but its
 * checksum.
 */
@Service
public class FileTransfers {

	/** The largest scan of a letter taken. */
	public static final int LETTER_BYTES = 10 * 1024 * 1024;

	private static final Set<String> LETTER_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

	private static final int PASSPHRASE_MIN = 16;

	private final List<TransferableFiles> kinds;

	private final PackageSeal seal;

	private final TransferStore store;

	private final Organisations organisations;

	private final Disclosures disclosures;

	private final PdfDocuments pdfs;

	private final JsonMapper json;

	private final Register register;

	private final Clock clock;

	FileTransfers(List<TransferableFiles> kinds, PackageSeal seal, TransferStore store, Organisations organisations,
			Disclosures disclosures, PdfDocuments pdfs, JsonMapper json, Register register, Clock clock) {
		this.kinds = kinds;
		this.seal = seal;
		this.store = store;
		this.organisations = organisations;
		this.disclosures = disclosures;
		this.pdfs = pdfs;
		this.json = json;
		this.register = register;
		this.clock = clock;
	}

	/** Whether the organisation's policy keeps any file that goes with a client. */
	public boolean inUse() {
		return this.kinds.stream().anyMatch(TransferableFiles::kept);
	}

	/** The clients some file is kept for, by name. */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(readOnly = true)
	public Map<UUID, String> clients() {
		Map<UUID, String> clients = new LinkedHashMap<>();
		kept().flatMap(kind -> kind.employers().stream())
			.distinct()
			.forEach(id -> clients.put(id, this.organisations.name(id).orElse("")));
		return clients;
	}

	/** The transfers made, newest first, with the client's name. */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(readOnly = true)
	public List<Made> made() {
		return this.store.all()
			.stream()
			.map(transfer -> new Made(transfer, this.organisations.name(transfer.organisation()).orElse("")))
			.toList();
	}

	/**
	 * Makes, seals and records the package; every broken rule of the request is named at
	 * once and nothing is recorded then.
	 */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(noRollbackFor = FileRefused.class)
	public Package make(NewTransfer request, Locale locale) {
		List<FieldError> errors = new ArrayList<>();
		Optional<PGPPublicKey> key = checked(request, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		UUID organisation = request.organisation();
		Map<TransferableFiles, List<TransferredFile>> files = new LinkedHashMap<>();
		kept().forEach(kind -> files.put(kind, kind.ofEmployer(organisation)));
		UUID id = UUID.randomUUID();
		String reference = "TR-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
		byte[] zip = zip(reference, request, files, locale);
		String name = reference + ".zip";
		byte[] sealed = key.map(found -> this.seal.toKey(zip, name, found))
			.orElseGet(() -> this.seal.toPassphrase(zip, name, String.valueOf(request.passphrase()).toCharArray()));
		Set<PersonId> workers = new LinkedHashSet<>();
		files.values().forEach(list -> list.forEach(file -> workers.add(file.worker())));
		Transfer transfer = new Transfer(id, reference, organisation, request.receivingService().strip(),
				request.director().strip(), request.letterDate(), key.isPresent() ? Seal.PUBLIC_KEY : Seal.PASSPHRASE,
				key.map(PackageSeal::fingerprint).orElse(null), files.values().stream().mapToInt(List::size).sum(),
				workers.size(), Sha256.hex(sealed), Caller.name(), this.clock.instant());
		this.store.insert(transfer, request.letter());
		files.forEach((kind, list) -> disclose(kind, list, transfer));
		return new Package(transfer, name + ".gpg", sealed);
	}

	private Stream<TransferableFiles> kept() {
		return this.kinds.stream().filter(TransferableFiles::kept);
	}

	private Optional<PGPPublicKey> checked(NewTransfer request, List<FieldError> errors) {
		if (request.organisation() == null) {
			errors.add(new FieldError("organisation", "required"));
		}
		else if (!clients().containsKey(request.organisation())) {
			errors.add(new FieldError("organisation", "dossiers.transfer.client"));
		}
		required("receivingService", request.receivingService(), TextRule.LINE, errors);
		required("director", request.director(), TextRule.NAME, errors);
		if (request.letterDate() == null) {
			errors.add(new FieldError("letterDate", "required"));
		}
		else if (request.letterDate().isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError("letterDate", "dossiers.transfer.letter-date"));
		}
		if (request.letter() == null || request.letter().content().length == 0) {
			errors.add(new FieldError("letter", "dossiers.transfer.letter"));
		}
		else if (request.letter().content().length > LETTER_BYTES) {
			errors.add(new FieldError("letter", "dossiers.transfer.letter-size"));
		}
		else if (!LETTER_TYPES.contains(request.letter().contentType())) {
			errors.add(new FieldError("letter", "dossiers.transfer.letter-type"));
		}
		if (request.publicKey() != null && !request.publicKey().isBlank()) {
			Optional<PGPPublicKey> key = this.seal.encryptionKey(request.publicKey());
			if (key.isEmpty()) {
				errors.add(new FieldError("publicKey", "dossiers.transfer.key"));
			}
			return key;
		}
		String passphrase = request.passphrase() == null ? "" : request.passphrase();
		if (passphrase.length() < PASSPHRASE_MIN) {
			errors.add(new FieldError("passphrase", "dossiers.transfer.passphrase"));
		}
		else {
			TextRule.LINE.check("passphrase", passphrase, errors);
		}
		return Optional.empty();
	}

	private static void required(String field, @Nullable String value, TextRule rule, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "required"));
		}
		else {
			rule.check(field, value.strip(), errors);
		}
	}

	/** The manifest, then each file as JSON and as PDF. */
	private byte[] zip(String reference, NewTransfer request, Map<TransferableFiles, List<TransferredFile>> files,
			Locale locale) {
		List<Map<String, Object>> listed = new ArrayList<>();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<TransferableFiles, List<TransferredFile>> kind : files.entrySet()) {
				for (TransferredFile file : kind.getValue()) {
					String stem = "files/" + kind.getKey().kind() + "-" + file.reference();
					byte[] content = this.json.writeValueAsBytes(file.copied().file());
					byte[] pdf = this.pdfs.render("dossiers/transfer-file-pdf", Map.of("copied", file.copied()),
							locale);
					put(zip, stem + ".json", content);
					put(zip, stem + ".pdf", pdf);
					listed.add(Map.of("kind", kind.getKey().kind(), "reference", file.reference(), "json",
							stem + ".json", "pdf", stem + ".pdf", "sha256", Sha256.hex(content)));
				}
			}
			Map<String, Object> manifest = new LinkedHashMap<>();
			manifest.put("format", "tutela-transfer/1");
			manifest.put("reference", reference);
			manifest.put("from", this.register.pack().controllers().get(0).name());
			manifest.put("to", request.receivingService().strip());
			manifest.put("requestedBy", request.director().strip());
			manifest.put("letterDate", String.valueOf(request.letterDate()));
			manifest.put("client", this.organisations.name(request.organisation()).orElse(""));
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

	/** The new service is the activity's independent controller the pack names. */
	private void disclose(TransferableFiles kind, List<TransferredFile> files, Transfer transfer) {
		if (files.isEmpty()) {
			return;
		}
		Activity activity = this.register.pack().activity(kind.activity()).orElseThrow();
		Recipient service = activity.recipients()
			.stream()
			.filter(recipient -> recipient.type() == RecipientType.INDEPENDENT_CONTROLLER)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the pack names no service to transfer " + kind.kind()));
		this.disclosures.recordOnBehalf(new NewDisclosure(activity.id(), service.name(), List.of("identity", "special"),
				files.stream().map(TransferredFile::worker).distinct().toList(), "transfer " + transfer.reference()));
	}

	/** A transfer as the list shows it. */
	public record Made(Transfer transfer, String client) {

	}

	/** The sealed package, to download once. */
	public record Package(Transfer transfer, String fileName, byte[] content) {

	}

}
