package org.tutela.dossiers;

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

import org.bouncycastle.openpgp.PGPPublicKey;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.dossiers.transfer.TransferPackages;
import org.tutela.dossiers.transfer.TransferPackages.Packed;
import org.tutela.dossiers.transfer.TransferPackages.Sealed;
import org.tutela.dossiers.transfer.TransferStore;
import org.tutela.dossiers.transfer.TransferStore.Transfer;
import org.tutela.dossiers.transfer.TransferableFiles;
import org.tutela.dossiers.transfer.TransferredFile;
import org.tutela.identity.Caller;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

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
	public static final int LETTER_BYTES = TransferPackages.LETTER_BYTES;

	private final List<TransferableFiles> kinds;

	private final TransferPackages packages;

	private final TransferStore store;

	private final Organisations organisations;

	private final Clock clock;

	FileTransfers(List<TransferableFiles> kinds, TransferPackages packages, TransferStore store,
			Organisations organisations, Clock clock) {
		this.kinds = kinds;
		this.packages = packages;
		this.store = store;
		this.organisations = organisations;
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
		List<Packed> files = new ArrayList<>();
		Map<String, List<PersonId>> workers = new LinkedHashMap<>();
		kept().forEach(kind -> kind.ofEmployer(organisation).forEach(file -> {
			files.add(new Packed(kind.kind(), file, Map.of()));
			workers.computeIfAbsent(kind.activity(), activity -> new ArrayList<>()).add(file.worker());
		}));
		UUID id = UUID.randomUUID();
		String reference = "TR-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
		Sealed sealed = this.packages.make(reference, header(request), files, key, request.passphrase(), locale);
		Set<PersonId> all = new LinkedHashSet<>();
		workers.values().forEach(all::addAll);
		Transfer transfer = new Transfer(id, reference, organisation, request.receivingService().strip(),
				request.director().strip(), request.letterDate(), sealed.sealedWith(), sealed.fingerprint(),
				files.size(), all.size(), sealed.sha256(), Caller.name(), this.clock.instant());
		this.store.insert(transfer, request.letter());
		workers.forEach((activity, persons) -> this.packages.disclose(activity, persons, "transfer " + reference));
		return new Package(transfer, sealed.fileName(), sealed.content());
	}

	/** What the manifest says of the request, after the sending service. */
	private Map<String, Object> header(NewTransfer request) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("to", request.receivingService().strip());
		header.put("requestedBy", request.director().strip());
		header.put("letterDate", String.valueOf(request.letterDate()));
		header.put("client", this.organisations.name(request.organisation()).orElse(""));
		return header;
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
		TransferPackages.checkLetter(request.letter(), "dossiers.transfer.letter", errors);
		return this.packages.checkSeal(request.publicKey(), request.passphrase(), errors);
	}

	private static void required(String field, @Nullable String value, TextRule rule, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "required"));
		}
		else {
			rule.check(field, value.strip(), errors);
		}
	}

	/** A transfer as the list shows it. */
	public record Made(Transfer transfer, String client) {

	}

	/** The sealed package, to download once. */
	public record Package(Transfer transfer, String fileName, byte[] content) {

	}

}
