package org.tutela.dossiers.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tutela.dossiers.MedicalFileCopies;
import org.tutela.platform.dashboard.PagesNotInUse;

/**
 * The head physicians' page for access requests on medical files: each names the
 * attending physician the file goes to; the head prints the file, posts it, and says so.
 */
@Controller
class FileRequestPages {

	static final String PATH = "/admin/medical-file-requests";

	private final MedicalFileCopies copies;

	FileRequestPages(MedicalFileCopies copies) {
		this.copies = copies;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("waiting", this.copies.waiting());
		return "dossiers/file-requests";
	}

	@GetMapping(PATH + "/{id}/medical-file.pdf")
	ResponseEntity<byte[]> copy(@PathVariable UUID id, Locale locale) {
		byte[] pdf = this.copies.copy(id, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("medical-file.pdf").build().toString())
			.body(pdf);
	}

	@PostMapping(PATH + "/{id}/sent")
	String sent(@PathVariable UUID id) {
		this.copies.sent(id);
		return "redirect:" + PATH + "?sent";
	}

	/** Where the policy keeps no medical file, the page is not in the menu. */
	@Component
	static class InUse implements PagesNotInUse {

		private final MedicalFileCopies copies;

		InUse(MedicalFileCopies copies) {
			this.copies = copies;
		}

		@Override
		public Set<String> paths() {
			return this.copies.inUse() ? Set.of() : Set.of(PATH);
		}

	}

}
