package org.tutela.register.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.notice.ClientMailing;
import org.tutela.register.notice.NoticeChange;
import org.tutela.register.notice.NoticeVersions;

/**
 * The notice's versions in the back office: what each changed against the one before, and
 * for a fundamental change the clients and members to tell, with who was told (MEN-1).
 */
@Controller
class NoticeVersionPages {

	private final NoticeVersions versions;

	private final ClientMailing mailing;

	NoticeVersionPages(NoticeVersions versions, ClientMailing mailing) {
		this.versions = versions;
		this.mailing = mailing;
	}

	@GetMapping("/admin/register/notices")
	String list(Model model) {
		model.addAttribute("versions", this.versions.list());
		return "register/notice-versions";
	}

	@GetMapping("/admin/register/notices/{seq}")
	String version(@PathVariable long seq, Model model) {
		NoticeChange change = this.versions.change(seq);
		model.addAttribute("change", change);
		if (change.version().fundamental()) {
			model.addAttribute("organisations", this.versions.organisationsToTell(seq));
		}
		return "register/notice-version";
	}

	// The parameter is optional so that the permission is checked before anything is
	// read.
	@PreAuthorize("hasAuthority('register.read')")
	@PostMapping("/admin/register/notices/{seq}/told")
	String told(@PathVariable long seq, @RequestParam(required = false) @Nullable UUID organisation) {
		if (organisation == null) {
			throw new InvalidInput(List.of(new FieldError("organisation", "required")));
		}
		this.versions.markTold(seq, organisation);
		return "redirect:/admin/register/notices/" + seq;
	}

	@PostMapping("/admin/register/notices/{seq}/tell")
	String tell(@PathVariable long seq, RedirectAttributes redirect) {
		redirect.addFlashAttribute("told", this.mailing.tell(seq));
		return "redirect:/admin/register/notices/" + seq;
	}

}
