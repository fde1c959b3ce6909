package org.tutela.dossiers.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.dossiers.Departments;
import org.tutela.identity.AccountId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The administrator's page for the departments of controlling physicians: who belongs to
 * which, and who heads it (and so reads all of its files).
 */
@Controller
class DepartmentPages {

	private final Departments departments;

	DepartmentPages(Departments departments) {
		this.departments = departments;
	}

	@GetMapping("/admin/departments")
	String list(Model model) {
		return list(model, null, List.of());
	}

	@PostMapping("/admin/departments")
	String create(@RequestParam(defaultValue = "") String name, Model model) {
		try {
			this.departments.create(name);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("typedName", name);
			return list(model, "new", invalid.errors());
		}
		return "redirect:/admin/departments";
	}

	@PostMapping("/admin/departments/{id}/members")
	String put(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID account,
			@RequestParam(defaultValue = "false") boolean head, Model model) {
		try {
			if (account == null) {
				throw new InvalidInput(List.of(new FieldError("account", "required")));
			}
			this.departments.put(id, new AccountId(account), head);
		}
		catch (InvalidInput invalid) {
			return list(model, id.toString(), invalid.errors());
		}
		return "redirect:/admin/departments";
	}

	@PostMapping("/admin/departments/{id}/members/remove")
	String remove(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID account) {
		this.departments.remove(id, account == null ? null : new AccountId(account));
		return "redirect:/admin/departments";
	}

	private String list(Model model, @Nullable String form, List<FieldError> errors) {
		model.addAttribute("departments", this.departments.list());
		model.addAttribute("physicians", this.departments.physicians());
		model.addAttribute("form", form);
		model.addAttribute("problems", errors);
		model.addAttribute("formErrors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		return "dossiers/departments";
	}

}
