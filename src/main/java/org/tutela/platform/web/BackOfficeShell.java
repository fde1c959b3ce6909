package org.tutela.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tutela.platform.dashboard.PagesNotInUse;

/**
 * The back office's navigation: its sections (training, people, outreach, billing,
 * privacy, settings), each with the pages the signed-in account may open, the page being
 * shown marked, and the trail back to it. One list for every page, so that a new module's
 * page is added here once and appears in the menu of everyone who may open it.
 */
@ControllerAdvice(annotations = Controller.class)
class BackOfficeShell {

	private static final String BACK_OFFICE = "backoffice";

	private static final List<Section> SECTIONS = List.of(
			new Section("training",
					List.of(new Link("sessions.title", "/admin/sessions", "enrolment.manage", "attendance.record"),
							new Link("catalog.title", "/admin/catalog", "catalog.manage"))),
			new Section("people",
					List.of(new Link("people.title", "/admin/people", "people.read"),
							new Link("people.organisations.title", "/admin/organisations", "people.read"),
							new Link("members.list.title", "/admin/members", "members.decide"),
							new Link("people.duplicates.title", "/admin/people/duplicates", "people.manage"),
							new Link("people.import.title", "/admin/people/import", "people.manage"))),
			new Section("outreach", List.of(new Link("admin.outreach", "/admin/outreach", "outreach.manage"))),
			new Section("inquiries",
					List.of(new Link("inquiries.inbox.title", "/admin/inquiries", "inquiries.answer"))),
			new Section("network", List.of(new Link("network.title", "/admin/network", "outreach.manage"))),
			new Section("recruitment",
					List.of(new Link("recruitment.vacancies.title", "/admin/recruitment", "recruitment"))),
			new Section("billing",
					List.of(new Link("billing.invoices.title", "/admin/billing/invoices", "billing.manage"),
							new Link("billing.payments.title", "/admin/billing/payments", "billing.manage"),
							new Link("billing.collection.title", "/admin/billing/collection", "billing.manage"))),
			new Section("medical", List.of(
					new Link("dossiers.controls.title", "/admin/controls", "medical-files.read", "controls.assign"),
					new Link("dossiers.health.title", "/admin/health-files", "medical-files.read", "controls.assign"),
					new Link("dossiers.workstations.title", "/admin/workstations", "medical-files.read"),
					new Link("dossiers.file-requests.title", "/admin/medical-file-requests", "medical-files.release"),
					new Link("dossiers.transfers.title", "/admin/file-transfers", "medical-files.release"))),
			new Section("psychosocial",
					List.of(new Link("psychosocial.cases.title", "/admin/psychosocial", "psychosocial-files.read"))),
			new Section("awards",
					List.of(new Link("dossiers.awards.title", "/admin/awards", "awards.manage", "awards.judge"))),
			new Section("privacy",
					List.of(new Link("admin.requests", "/admin/requests", "requests.manage"),
							new Link("authority.title", "/admin/authority-requests", "authority-requests.manage"),
							new Link("admin.register", "/admin/register", "register.read"),
							new Link("notices.title", "/admin/register/notices", "register.read"),
							new Link("register.third-parties.title", "/admin/register/third-parties", "register.read"),
							new Link("retention.title", "/admin/retention", "retention.manage"),
							new Link("breach.title", "/admin/breaches", "breaches.manage"),
							new Link("processor.title", "/admin/processors", "processors.manage"),
							new Link("admin.disclosures", "/admin/disclosures", "audit.read"),
							new Link("audit.title", "/admin/audit", "audit.read"))),
			new Section("settings",
					List.of(new Link("accounts.title", "/admin/accounts", "accounts.manage"),
							new Link("dossiers.departments.title", "/admin/departments", "accounts.manage"),
							new Link("admin.logins", "/admin/logins", "logins.report"),
							new Link("connections.title", "/me/connections"),
							new Link("password.title", "/me/password"), new Link("admin.api", "/swagger-ui.html"))));

	private final List<PagesNotInUse> unused;

	BackOfficeShell(List<PagesNotInUse> unused) {
		this.unused = unused;
	}

	/**
	 * The menu of the page being answered; none for the API, nor for anyone outside the
	 * back office, whose pages do not show it.
	 */
	@ModelAttribute("shell")
	@Nullable Shell shell(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (path.startsWith("/api/") || signedIn == null) {
			return null;
		}
		Set<String> granted = signedIn.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		if (!granted.contains(BACK_OFFICE)) {
			return null;
		}
		Set<String> unused = this.unused.stream().flatMap(pages -> pages.paths().stream()).collect(Collectors.toSet());
		List<Section> visible = SECTIONS.stream()
			.map(section -> new Section(section.key(),
					section.links()
						.stream()
						.filter(link -> link.openFor(granted) && !unused.contains(link.path()))
						.toList()))
			.filter(section -> !section.links().isEmpty())
			.toList();
		Optional<Link> current = visible.stream()
			.flatMap(section -> section.links().stream())
			.filter(link -> path.equals(link.path()) || path.startsWith(link.path() + "/"))
			.max(Comparator.comparingInt(link -> link.path().length()));
		return new Shell(visible, current.orElse(null),
				current.flatMap(link -> visible.stream().filter(section -> section.links().contains(link)).findFirst())
					.map(Section::key)
					.orElse(null),
				current.isPresent() && !path.equals(current.get().path()));
	}

	/** A page in the menu: the message naming it, its address, who may open it. */
	record Link(String label, String path, String... authorities) {

		boolean openFor(Set<String> granted) {
			return this.authorities.length == 0 || Set.of(this.authorities).stream().anyMatch(granted::contains);
		}

	}

	record Section(String key, List<Link> links) {
	}

	/**
	 * What the layout shows: the sections open to the account, the menu's page that holds
	 * the page shown (if any), its section, and whether the page shown lies below it.
	 */
	record Shell(List<Section> sections, @Nullable Link current, @Nullable String section, boolean below) {
	}

}
