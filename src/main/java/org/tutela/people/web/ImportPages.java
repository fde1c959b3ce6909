package org.tutela.people.web;

import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.people.ImportFileRefused;
import org.tutela.people.PersonImports;
import org.tutela.people.Provenance;
import org.tutela.people.importing.ImportColumn;

/**
 * Importing people from a CSV file: upload, a dry run with a report of every bad row and
 * its progress, then confirm (only the good rows are stored) or discard.
 */
@Controller
@PreAuthorize("hasAuthority('people.manage')")
class ImportPages {

	private final PersonImports imports;

	ImportPages(PersonImports imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/people/import")
	String form(Model model) {
		model.addAttribute("columns", ImportColumn.values());
		model.addAttribute("provenances", Provenance.values());
		model.addAttribute("recent", this.imports.recent());
		return "people/import";
	}

	// Both parts are optional so that the permission is checked before anything is read.
	@PostMapping("/admin/people/import")
	String upload(@RequestParam(value = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable Provenance provenance, Model model) throws IOException {
		try {
			UUID id = this.imports.check(file == null ? "" : String.valueOf(file.getOriginalFilename()),
					file == null ? new byte[0] : file.getBytes(), provenance == null ? Provenance.IMPORT : provenance);
			return "redirect:/admin/people/import/" + id;
		}
		catch (ImportFileRefused refused) {
			model.addAttribute("refused", refused.slug());
			return form(model);
		}
	}

	@GetMapping("/admin/people/import/{id}")
	String report(@PathVariable UUID id, Model model) {
		model.addAttribute("report", this.imports.report(id));
		return "people/import-report";
	}

	@PostMapping("/admin/people/import/{id}/confirm")
	String confirm(@PathVariable UUID id) {
		this.imports.confirm(id);
		return "redirect:/admin/people/import/" + id;
	}

	@PostMapping("/admin/people/import/{id}/discard")
	String discard(@PathVariable UUID id) {
		this.imports.discard(id);
		return "redirect:/admin/people/import/" + id;
	}

}
