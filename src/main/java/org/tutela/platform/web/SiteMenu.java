package org.tutela.platform.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tutela.platform.dashboard.PagesNotInUse;

/**
 * The public site's menu: its pages in one list, less those a module keeps out while the
 * organisation's policy does not use them (no vacancies where it keeps no job
 * applications, no contact form where it names no subject), as the back office's menu
 * does.
 */
@ControllerAdvice(annotations = Controller.class)
class SiteMenu {

	private static final List<Link> LINKS = List.of(new Link("nav.courses", "/courses"),
			new Link("nav.calendar", "/calendar"), new Link("nav.verify", "/verify"), new Link("nav.jobs", "/jobs"),
			new Link("nav.contact", "/contact"));

	private final List<PagesNotInUse> unused;

	SiteMenu(List<PagesNotInUse> unused) {
		this.unused = unused;
	}

	/** The site's links; none for the API, which shows no page. */
	@ModelAttribute("siteMenu")
	@Nullable List<Link> siteMenu(HttpServletRequest request) {
		if (request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
			return null;
		}
		Set<String> unused = this.unused.stream().flatMap(pages -> pages.paths().stream()).collect(Collectors.toSet());
		return LINKS.stream().filter(link -> !unused.contains(link.path())).toList();
	}

	/** A page in the menu: the message naming it and its address. */
	record Link(String label, String path) {
	}

}
