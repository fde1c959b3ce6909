package org.tutela.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.audit.AuditVerification;

/**
 * The DPO's view of the audit trail: verified on every visit, naming the first broken
 * entry.
 */
@Controller
class AuditPage {

	private final AuditVerification verification;

	AuditPage(AuditVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/admin/audit")
	String verify(Model model) {
		model.addAttribute("report", this.verification.verify());
		return "audit/verification";
	}

}
