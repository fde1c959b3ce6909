package org.tutela.dossiers.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.dossiers.FileTransfers;
import org.tutela.dossiers.FileTransfers.Package;
import org.tutela.dossiers.NewTransfer;
import org.tutela.dossiers.transfer.TransferStore.Letter;
import org.tutela.platform.dashboard.PagesNotInUse;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The head physicians' page for moving a client's files to its new external prevention
 * service (MEN-20): the director's letter and the receiving key in, one encrypted package
 * out, and the record of every transfer made.
 */
@Controller
class TransferPages {

	static final String PATH = "/admin/file-transfers";

	private final FileTransfers transfers;

	TransferPages(FileTransfers transfers) {
		this.transfers = transfers;
	}

	@GetMapping(PATH)
	String page(Model model) {
		return page(model, List.of(), Map.of());
	}

	@PostMapping(PATH)
	Object make(@RequestParam(required = false) @Nullable UUID organisation,
			@RequestParam(required = false) @Nullable String receivingService,
			@RequestParam(required = false) @Nullable String director,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate letterDate,
			@RequestParam(required = false) @Nullable MultipartFile letter,
			@RequestParam(required = false) @Nullable String publicKey,
			@RequestParam(required = false) @Nullable String passphrase, Locale locale, Model model)
			throws IOException {
		Letter scan = TransferDownloads.letter(letter);
		try {
			Package made = this.transfers.make(
					new NewTransfer(organisation, receivingService, director, letterDate, scan, publicKey, passphrase),
					locale);
			return TransferDownloads.sealed(made.fileName(), made.content());
		}
		catch (InvalidInput invalid) {
			Map<String, Object> typed = new HashMap<>();
			typed.put("organisation", organisation);
			typed.put("receivingService", receivingService);
			typed.put("director", director);
			typed.put("letterDate", letterDate);
			return page(model, invalid.errors(), typed);
		}
	}

	private String page(Model model, List<FieldError> errors, Map<String, @Nullable Object> typed) {
		model.addAttribute("clients", this.transfers.clients());
		model.addAttribute("made", this.transfers.made());
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("typed", typed);
		return "dossiers/transfers";
	}

	/**
	 * Where the policy keeps no file that goes with a client, the page is not in the
	 * menu.
	 */
	@Component
	static class InUse implements PagesNotInUse {

		private final FileTransfers transfers;

		InUse(FileTransfers transfers) {
			this.transfers = transfers;
		}

		@Override
		public Set<String> paths() {
			return this.transfers.inUse() ? Set.of() : Set.of(PATH);
		}

	}

}
