package org.tutela.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.identity.login.SessionUpgrade;
import org.tutela.identity.login.SignedIn;
import org.tutela.identity.mfa.SecondFactor;
import org.tutela.identity.mfa.WrongCode;

/**
 * Enrolling an authenticator app and giving its code at login. Five wrong codes end the
 * session, so the password has to be given again (ASVS 6.3.1).
 */
@Controller
class SecondFactorPages {

	private static final String PROPOSAL = SecondFactorPages.class.getName() + ".proposal";

	private static final String FAILURES = SecondFactorPages.class.getName() + ".failures";

	private static final int FAILURES_BEFORE_SIGN_OUT = 5;

	private final SecondFactor secondFactor;

	private final SessionUpgrade upgrade;

	SecondFactorPages(SecondFactor secondFactor, SessionUpgrade upgrade) {
		this.secondFactor = secondFactor;
		this.upgrade = upgrade;
	}

	@GetMapping("/login/second-factor/enrol")
	String enrolment(@AuthenticationPrincipal SignedIn signedIn, HttpSession session, Model model) {
		SecondFactor.Enrolment proposal = this.secondFactor.propose(signedIn.username());
		session.setAttribute(PROPOSAL, proposal.secret());
		model.addAttribute("enrolment", proposal);
		return "identity/enrol";
	}

	@PostMapping("/login/second-factor/enrol")
	String enrol(@AuthenticationPrincipal SignedIn signedIn, @RequestParam String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String secret = (String) request.getSession().getAttribute(PROPOSAL);
		if (secret == null) {
			return "redirect:/login/second-factor/enrol";
		}
		List<String> recoveryCodes;
		try {
			recoveryCodes = this.secondFactor.enrol(signedIn.account(), secret, code);
		}
		catch (WrongCode ex) {
			model.addAttribute("enrolment", this.secondFactor.enrolment(signedIn.username(), secret));
			model.addAttribute("error", "secondFactor.wrongCode");
			return "identity/enrol";
		}
		request.getSession().removeAttribute(PROPOSAL);
		this.upgrade.secondFactorShown(request);
		model.addAttribute("recoveryCodes", recoveryCodes);
		model.addAttribute("next", this.upgrade.advance(signedIn.account(), request, response));
		return "identity/recovery-codes";
	}

	@GetMapping("/login/second-factor")
	String challenge() {
		return "identity/second-factor";
	}

	@PostMapping("/login/second-factor")
	String verify(@AuthenticationPrincipal SignedIn signedIn, @RequestParam String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			this.secondFactor.verify(signedIn.account(), code);
		}
		catch (WrongCode ex) {
			return wrongCode(request, model);
		}
		request.getSession().removeAttribute(FAILURES);
		this.upgrade.secondFactorShown(request);
		return "redirect:" + this.upgrade.advance(signedIn.account(), request, response);
	}

	private static String wrongCode(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession();
		Integer failures = (Integer) session.getAttribute(FAILURES);
		int count = failures == null ? 1 : failures + 1;
		if (count >= FAILURES_BEFORE_SIGN_OUT) {
			session.invalidate();
			return "redirect:/login?error";
		}
		session.setAttribute(FAILURES, count);
		model.addAttribute("error", "secondFactor.wrongCode");
		return "identity/second-factor";
	}

}
