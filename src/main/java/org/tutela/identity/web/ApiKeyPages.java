package org.tutela.identity.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.identity.apikey.ApiKeys;
import org.tutela.identity.apikey.NewApiKey;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.TextRule;

/**
 * An HR contact's API keys: the list, a form to make one, shown once in the answer to
 * that form and never again, and a button to revoke each.
 */
@Controller
class ApiKeyPages {

	private static final String VIEW = "identity/api-keys";

	private final ApiKeys keys;

	ApiKeyPages(ApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping("/me/api-keys")
	String list(Model model) {
		return page(model, "", Map.of(), null);
	}

	@PostMapping("/me/api-keys")
	String create(@RequestParam(required = false) @Nullable String name, Model model) {
		NewApiKey made;
		try {
			made = this.keys.create(name);
		}
		catch (InvalidInput invalid) {
			return page(model, name == null ? "" : name, invalid.byField(), null);
		}
		return page(model, "", Map.of(), made);
	}

	@PostMapping("/me/api-keys/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		this.keys.revoke(id);
		return "redirect:/me/api-keys?revoked";
	}

	private String page(Model model, String name, Map<String, String> errors, @Nullable NewApiKey made) {
		model.addAttribute("keys", this.keys.mine());
		model.addAttribute("limit", ApiKeys.LIVE_LIMIT);
		model.addAttribute("name", name);
		model.addAttribute("nameLength", TextRule.LINE.maxLength());
		model.addAttribute("errors", errors);
		model.addAttribute("made", made);
		return VIEW;
	}

}
