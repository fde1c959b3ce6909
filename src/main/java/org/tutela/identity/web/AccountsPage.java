package org.tutela.identity.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tutela.identity.NewStaffAccount;
import org.tutela.identity.PortalAccountNeedsEmail;
import org.tutela.identity.Role;
import org.tutela.identity.StaffAccounts;
import org.tutela.identity.UsernameTaken;
import org.tutela.identity.account.FirstPassword;

/**
 * The administrator's list of accounts and the form to open one. The first password is
 * shown once, to hand over; its holder replaces it at the first login.
 */
@Controller
class AccountsPage {

	private static final String VIEW = "identity/accounts";

	private final StaffAccounts accounts;

	AccountsPage(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("account", new NewStaffAccount("", "", null, Role.COORDINATOR));
		model.addAttribute("accounts", this.accounts.list());
		return VIEW;
	}

	@PostMapping("/admin/accounts")
	String open(@Valid @ModelAttribute("account") NewStaffAccount account, BindingResult form, Model model) {
		if (!form.hasErrors()) {
			try {
				opened(account, model);
			}
			catch (UsernameTaken ex) {
				form.rejectValue("username", "problem.username-taken", new Object[] { account.username() }, null);
			}
			catch (PortalAccountNeedsEmail ex) {
				form.rejectValue("email", "problem.portal-account-needs-email");
			}
		}
		model.addAttribute("accounts", this.accounts.list());
		return VIEW;
	}

	private void opened(NewStaffAccount account, Model model) {
		model.addAttribute("opened", account.username());
		if (account.role().isStaff()) {
			String firstPassword = FirstPassword.generate();
			this.accounts.open(account, firstPassword);
			model.addAttribute("firstPassword", firstPassword);
		}
		else {
			this.accounts.openPortal(account);
		}
	}

}
