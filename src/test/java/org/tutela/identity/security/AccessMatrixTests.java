package org.tutela.identity.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tutela.identity.Role;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against everyone who might call it, in one table (MEN-11, MEZ-6; ASVS
 * 8.2.1, 8.2.2, 8.3.1). An endpoint the application serves but the table does not list
 * fails the build, so no new page or API goes out without a decision on who may use it.
 */
@HttpTest
class AccessMatrixTests {

	/** Who calls: nobody signed in, or an account of one role. */
	enum Who {

		ANONYMOUS, ADMIN, COORDINATOR, TRAINER, FINANCE, MARKETING, DPO, PHYSICIAN, HEAD_PHYSICIAN,
		PSYCHOSOCIAL_ADVISER, CLIENT_CONTACT, PARTICIPANT, JURY_MEMBER, RECRUITER

	}

	private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

	private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

	private static final Set<Who> STAFF = EnumSet.of(Who.ADMIN, Who.COORDINATOR, Who.TRAINER, Who.FINANCE,
			Who.MARKETING, Who.DPO, Who.PHYSICIAN, Who.HEAD_PHYSICIAN, Who.PSYCHOSOCIAL_ADVISER, Who.JURY_MEMBER,
			Who.RECRUITER);

	/** Roles that read people and may use the API, which takes no second factor. */
	private static final Set<Who> READERS_WITHOUT_SECOND_FACTOR = EnumSet.of(Who.COORDINATOR, Who.FINANCE,
			Who.MARKETING);

	private static final Set<Who> PEOPLE_READERS = EnumSet.of(Who.ADMIN, Who.COORDINATOR, Who.FINANCE, Who.MARKETING,
			Who.DPO);

	/**
	 * The network's records: those who keep its relations (the pack's coordinator,
	 * marketing, admin).
	 */
	private static final Set<Who> NETWORK_READERS = EnumSet.of(Who.ADMIN, Who.COORDINATOR, Who.MARKETING);

	private static final Set<Who> PEOPLE_MANAGERS = EnumSet.of(Who.ADMIN, Who.COORDINATOR);

	/**
	 * Marketing staff without a second factor: the API is theirs; the administrator uses
	 * the back office.
	 */
	private static final Set<Who> OUTREACH = EnumSet.of(Who.COORDINATOR, Who.MARKETING);

	private static final Set<Who> OUTREACH_PAGES = EnumSet.of(Who.ADMIN, Who.COORDINATOR, Who.MARKETING);

	private static final Set<Who> REGISTER_READERS = EnumSet.of(Who.ADMIN, Who.COORDINATOR, Who.DPO);

	private static final Set<Who> ENROLMENT = EnumSet.of(Who.ADMIN, Who.COORDINATOR);

	private static final Set<Who> ATTENDANCE = EnumSet.of(Who.ADMIN, Who.COORDINATOR, Who.TRAINER);

	private static final Set<Who> PORTAL = EnumSet.of(Who.CLIENT_CONTACT, Who.PARTICIPANT);

	private static final Set<Who> REQUESTS = EnumSet.of(Who.ADMIN, Who.DPO);

	/**
	 * A client's HR contact orders absenteeism controls and reads their reports; another
	 * employer's control is not found.
	 */
	private static final Set<Who> CONTROL_ORDERS = EnumSet.of(Who.CLIENT_CONTACT);

	/** The physicians who examine workers for absenteeism controls. */
	private static final Set<Who> PHYSICIANS = EnumSet.of(Who.PHYSICIAN, Who.HEAD_PHYSICIAN);

	/** Who sees the awards: the coordinator who keeps them and the jurors (VCK-5). */
	private static final Set<Who> AWARDS = EnumSet.of(Who.COORDINATOR, Who.JURY_MEMBER);

	/**
	 * The psychosocial prevention advisers, who handle requests for formal psychosocial
	 * intervention.
	 */
	private static final Set<Who> ADVISERS = EnumSet.of(Who.PSYCHOSOCIAL_ADVISER);

	/**
	 * The data protection officer, who alone keeps the breach register (MEN-23) and the
	 * processor agreements (MEN-13).
	 */
	private static final Set<Who> BREACHES = EnumSet.of(Who.DPO);

	/**
	 * Finance keeps the invoices; the administrator may too, in the back office, as the
	 * API takes no second factor.
	 */
	private static final Set<Who> BILLING_API = EnumSet.of(Who.FINANCE);

	/**
	 * Staff who answer contact messages and information requests the pack routes to them.
	 */
	private static final Set<Who> INQUIRIES = EnumSet.of(Who.ADMIN, Who.COORDINATOR, Who.FINANCE);

	/** Staff who decide membership applications and end memberships. */
	private static final Set<Who> MEMBERSHIPS = EnumSet.of(Who.ADMIN, Who.COORDINATOR);

	/**
	 * Who reads job applications and their CVs: the recruiter and the administrator
	 * (SKI-2). Under this pack none are taken, so the pages answer 404 to them.
	 */
	private static final Set<Who> RECRUITMENT = EnumSet.of(Who.ADMIN, Who.RECRUITER);

	private static final Map<String, Set<Who>> MATRIX = new LinkedHashMap<>();

	static {
		allow("GET /", EVERYONE);
		allow("GET /courses", EVERYONE);
		allow("GET /calendar", EVERYONE);
		allow("GET /verify", EVERYONE);
		allow("GET /evaluate/{token}", EVERYONE);
		allow("POST /evaluate/{token}", EVERYONE);
		allow("GET /verify/{code}", EVERYONE);
		allow("GET /sessions/{id}", EVERYONE);
		allow("POST /sessions/{id}", EVERYONE);
		allow("GET /registrations/cancel/{token}", EVERYONE);
		allow("POST /registrations/cancel/{token}", EVERYONE);
		allow("GET /registrations/keep-informed/{token}", EVERYONE);
		allow("POST /registrations/keep-informed/{token}", EVERYONE);
		allow("GET /privacy", EVERYONE);
		allow("GET /requests", EVERYONE);
		allow("POST /requests", EVERYONE);
		allow("GET /requests/confirm/{token}", EVERYONE);
		allow("POST /requests/confirm/{token}", EVERYONE);
		// An unknown or expired link opens nothing (409), whoever asks.
		allow("GET /requests/download/{token}", EVERYONE);
		allow("GET /requests/download/{token}.pdf", EVERYONE);
		allow("GET /requests/download/{token}.json", EVERYONE);
		allow("GET /requests/download/{token}.csv", EVERYONE);
		allow("GET /privacy.pdf", EVERYONE);
		allow("GET /subscribe/{code}", EVERYONE);
		allow("POST /subscribe/{code}", EVERYONE);
		allow("GET /subscribe/confirm/{token}", EVERYONE);
		allow("GET /unsubscribe/{token}", EVERYONE);
		allow("POST /unsubscribe/{token}", EVERYONE);
		allow("GET /preferences/{token}", EVERYONE);
		allow("POST /preferences/{token}", EVERYONE);
		allow("GET /r/{token}", EVERYONE);
		allow("GET /login", EVERYONE);
		allow("GET /login/link", EVERYONE);
		allow("POST /login/link", EVERYONE);
		allow("GET /login/link/{token}", EVERYONE);
		allow("POST /login/link/{token}", EVERYONE);
		allow("ANY /error", EVERYONE);
		allow("GET /api/v1/courses", EVERYONE);
		allow("GET /api/v1/courses/{id}", EVERYONE);
		allow("GET /api/v1/sessions", EVERYONE);
		allow("GET /api/v1/sessions/{id}", EVERYONE);
		// The API takes no second factor: roles that need one cannot use it.
		allow("POST /api/v1/courses", EnumSet.of(Who.COORDINATOR));
		allow("POST /api/v1/sessions", EnumSet.of(Who.COORDINATOR));
		allow("POST /api/v1/rooms", EnumSet.of(Who.COORDINATOR));
		allow("POST /api/v1/sessions/{id}/registrations", EnumSet.of(Who.COORDINATOR));
		allow("GET /api/v1/sessions/{id}/registrations", EnumSet.of(Who.COORDINATOR, Who.TRAINER));
		allow("POST /api/v1/registrations/{id}/cancel", EnumSet.of(Who.COORDINATOR));
		allow("POST /api/v1/people", EnumSet.of(Who.COORDINATOR));
		allow("GET /api/v1/people", READERS_WITHOUT_SECOND_FACTOR);
		// A trainer opens only the participants of their own sessions: a random person is
		// refused.
		allow("GET /api/v1/people/{id}", READERS_WITHOUT_SECOND_FACTOR);
		allow("GET /api/v1/people/{id}/held", READERS_WITHOUT_SECOND_FACTOR);
		allow("GET /api/v1/people/duplicates", EnumSet.of(Who.COORDINATOR));
		allow("POST /api/v1/people/{id}/merge", EnumSet.of(Who.COORDINATOR));
		allow("POST /api/v1/organisations", EnumSet.of(Who.COORDINATOR));
		allow("GET /api/v1/organisations", READERS_WITHOUT_SECOND_FACTOR);
		allow("GET /api/v1/organisations/{id}", READERS_WITHOUT_SECOND_FACTOR);
		allow("POST /api/v1/organisations/{id}/contacts", EnumSet.of(Who.COORDINATOR));
		allow("POST /api/v1/disclosures", EnumSet.of(Who.COORDINATOR, Who.FINANCE, Who.MARKETING));
		allow("POST /api/v1/outreach/lists", OUTREACH);
		allow("GET /api/v1/outreach/lists", OUTREACH);
		allow("POST /api/v1/outreach/wordings", OUTREACH);
		allow("POST /api/v1/outreach/lists/{code}/subscribers", OUTREACH);
		allow("POST /api/v1/outreach/lists/{code}/import", OUTREACH);
		allow("POST /api/v1/outreach/ad-audiences/{activity}", OUTREACH);
		allow("POST /api/v1/outreach/bounces", OUTREACH);
		allow("POST /api/v1/outreach/bounces/dsn", OUTREACH);
		allow("POST /api/v1/outreach/campaigns", OUTREACH);
		allow("GET /api/v1/outreach/campaigns/{id}", OUTREACH);
		allow("POST /api/v1/outreach/campaigns/{id}/send", OUTREACH);
		allow("POST /api/v1/outreach/campaigns/{id}/test", OUTREACH);
		// Invoices and billing details: for finance, a random draft, invoice,
		// organisation or person is not found (404).
		allow("GET /api/v1/billing/drafts", BILLING_API);
		allow("POST /api/v1/billing/drafts", BILLING_API);
		allow("POST /api/v1/billing/orders", BILLING_API);
		allow("POST /api/v1/billing/membership-fees", BILLING_API);
		allow("POST /api/v1/billing/drafts/{id}/issue", BILLING_API);
		allow("POST /api/v1/billing/drafts/{id}/discard", BILLING_API);
		allow("GET /api/v1/billing/invoices", BILLING_API);
		allow("GET /api/v1/billing/invoices/{id}.xml", BILLING_API);
		allow("GET /api/v1/billing/invoices/{id}.pdf", BILLING_API);
		allow("POST /api/v1/billing/credit-notes/cancellations", BILLING_API);
		allow("POST /api/v1/billing/invoices/{id}/credit", BILLING_API);
		allow("POST /api/v1/billing/invoices/{id}/hand-over", BILLING_API);
		allow("GET /api/v1/billing/invoices/{id}/hand-over", BILLING_API);
		allow("POST /api/v1/billing/invoices/{id}/sendings", BILLING_API);
		allow("GET /api/v1/billing/invoices/{id}/sendings", BILLING_API);
		allow("GET /api/v1/billing/sending", BILLING_API);
		allow("GET /api/v1/billing/organisations/{id}", BILLING_API);
		allow("POST /api/v1/billing/organisations/{id}", BILLING_API);
		allow("GET /api/v1/billing/persons/{id}", BILLING_API);
		allow("POST /api/v1/billing/persons/{id}", BILLING_API);
		allow("POST /api/v1/billing/statements", BILLING_API);
		allow("GET /api/v1/billing/transfers", BILLING_API);
		allow("POST /api/v1/billing/transfers/{id}/assign", BILLING_API);
		allow("POST /api/v1/billing/transfers/{id}/not-ours", BILLING_API);
		allow("GET /api/v1/billing/invoices/{id}/standing", BILLING_API);
		allow("GET /api/v1/billing/unpaid", BILLING_API);
		allow("POST /api/v1/absenteeism-controls", CONTROL_ORDERS);
		allow("GET /api/v1/absenteeism-controls/{id}", CONTROL_ORDERS);
		allow("GET /v3/api-docs", EVERYONE);
		allow("GET /v3/api-docs.yaml", EVERYONE);
		allow("GET /v3/api-docs/swagger-config", EVERYONE);
		allow("GET /swagger-ui.html", EVERYONE);
		allow("GET /me", SIGNED_IN);
		allow("GET /me/connections", SIGNED_IN);
		allow("GET /me/registrations", SIGNED_IN);
		allow("POST /me/registrations", PORTAL);
		allow("POST /me/registrations/{id}/cancel", PORTAL);
		allow("GET /me/registrations/{id}.pdf", PORTAL);
		allow("GET /me/controls", CONTROL_ORDERS);
		allow("GET /me/controls/new", CONTROL_ORDERS);
		allow("POST /me/controls/new", CONTROL_ORDERS);
		allow("GET /me/controls/{id}", CONTROL_ORDERS);
		allow("GET /me/controls/{id}/report.pdf", CONTROL_ORDERS);
		allow("POST /me/controls/{id}/cancel", CONTROL_ORDERS);
		allow("GET /me/health-assessments", CONTROL_ORDERS);
		allow("GET /me/health-assessments/{id}/form.pdf", CONTROL_ORDERS);
		allow("GET /me/api-keys", CONTROL_ORDERS);
		allow("POST /me/api-keys", CONTROL_ORDERS);
		allow("POST /me/api-keys/{id}/revoke", CONTROL_ORDERS);
		allow("GET /me/requests", SIGNED_IN);
		// A portal request's answer opens only for its person: an unknown link opens
		// nothing (409).
		allow("GET /me/requests/download/{token}", SIGNED_IN);
		allow("GET /me/requests/download/{token}.pdf", SIGNED_IN);
		allow("GET /me/requests/download/{token}.json", SIGNED_IN);
		allow("GET /me/requests/download/{token}.csv", SIGNED_IN);
		// Staff are told their account stands for no person; the portal's people file
		// their request.
		allow("POST /me/requests", SIGNED_IN);
		allow("GET /me/password", SIGNED_IN);
		allow("POST /me/password", SIGNED_IN);
		allow("GET /login/password", SIGNED_IN);
		allow("POST /login/password", SIGNED_IN);
		allow("GET /login/second-factor", SIGNED_IN);
		allow("POST /login/second-factor", SIGNED_IN);
		allow("GET /login/second-factor/enrol", SIGNED_IN);
		allow("POST /login/second-factor/enrol", SIGNED_IN);
		allow("GET /admin", STAFF);
		allow("GET /admin/accounts", EnumSet.of(Who.ADMIN));
		allow("POST /admin/accounts", EnumSet.of(Who.ADMIN));
		allow("GET /admin/logins", EnumSet.of(Who.ADMIN, Who.DPO));
		allow("GET /admin/audit", EnumSet.of(Who.ADMIN, Who.DPO));
		allow("GET /admin/disclosures", EnumSet.of(Who.ADMIN, Who.DPO));
		allow("GET /admin/requests", REQUESTS);
		allow("POST /admin/requests", REQUESTS);
		allow("GET /admin/requests/{id}", REQUESTS);
		allow("GET /admin/requests/{id}/document", REQUESTS);
		allow("POST /admin/requests/{id}/verify", REQUESTS);
		allow("POST /admin/requests/{id}/extend", REQUESTS);
		allow("POST /admin/requests/{id}/answer", REQUESTS);
		allow("POST /admin/requests/{id}/rectify", REQUESTS);
		allow("POST /admin/requests/{id}/erase", REQUESTS);
		allow("POST /admin/requests/{id}/restrict", REQUESTS);
		allow("POST /admin/requests/{id}/object", REQUESTS);
		allow("POST /admin/requests/{id}/refuse", REQUESTS);
		allow("POST /admin/requests/{id}/told", REQUESTS);
		// Medical inspection: under this pack no controls are kept, so the pages answer
		// 404 to whoever passes the permission check; who reads a file is decided by
		// assignment (ControlFileAccessTests).
		allow("GET /admin/controls", PHYSICIANS);
		allow("GET /admin/controls/{id}", STAFF);
		allow("POST /admin/controls/{id}/assignment", EnumSet.of(Who.HEAD_PHYSICIAN));
		allow("POST /admin/controls/{id}/visit", PHYSICIANS);
		allow("POST /admin/controls/{id}/findings", PHYSICIANS);
		allow("POST /admin/controls/{id}/report", PHYSICIANS);
		// Access requests on medical files: the head physicians send them to the
		// attending physician (MedicalFileForTheAttendingPhysicianTests).
		allow("GET /admin/medical-file-requests", EnumSet.of(Who.HEAD_PHYSICIAN));
		allow("GET /admin/medical-file-requests/{id}/medical-file.pdf", EnumSet.of(Who.HEAD_PHYSICIAN));
		allow("POST /admin/medical-file-requests/{id}/sent", EnumSet.of(Who.HEAD_PHYSICIAN));
		// Awards: under this pack none are kept, so the pages answer 404 to whoever
		// passes
		// the permission check; who reads a candidacy is decided by the jury and its
		// signed statement (AwardDossierTests).
		allow("GET /admin/awards", AWARDS);
		allow("POST /admin/awards", EnumSet.of(Who.COORDINATOR));
		allow("GET /admin/awards/{id}", AWARDS);
		allow("POST /admin/awards/{id}/jurors", EnumSet.of(Who.COORDINATOR));
		allow("POST /admin/awards/{id}/candidacies", EnumSet.of(Who.COORDINATOR));
		allow("POST /admin/awards/{id}/signature", EnumSet.of(Who.JURY_MEMBER));
		allow("GET /admin/candidacies/{id}", STAFF);
		allow("GET /admin/candidacies/{id}/document", STAFF);
		// A client's files to its new prevention service (FileTransferTests).
		allow("GET /admin/file-transfers", EnumSet.of(Who.HEAD_PHYSICIAN));
		allow("POST /admin/file-transfers", EnumSet.of(Who.HEAD_PHYSICIAN));
		// Requests of public bodies for a client's data (MEN-22): the DPO keeps them;
		// under
		// this pack there are none, so the pages answer 404 to whoever passes the
		// permission check. A contact of another client finds no request
		// (AuthorityRequestScenarioTests).
		allow("GET /admin/authority-requests", EnumSet.of(Who.DPO));
		allow("GET /admin/authority-requests/new", EnumSet.of(Who.DPO));
		allow("POST /admin/authority-requests/new", EnumSet.of(Who.DPO));
		allow("GET /admin/authority-requests/{id}", EnumSet.of(Who.DPO));
		allow("POST /admin/authority-requests/{id}/inform", EnumSet.of(Who.DPO));
		allow("POST /admin/authority-requests/{id}/hand-over", EnumSet.of(Who.DPO));
		allow("GET /me/authority-requests", EnumSet.of(Who.CLIENT_CONTACT));
		allow("GET /me/authority-requests/{id}", EnumSet.of(Who.CLIENT_CONTACT));
		allow("POST /me/authority-requests/{id}/answer", EnumSet.of(Who.CLIENT_CONTACT));
		// Health surveillance: under this pack no health files are kept, so the pages
		// answer 404 to whoever passes the permission check; who reads a file is decided
		// by assignment (HealthSurveillanceScenarioTests).
		allow("GET /admin/health-files", PHYSICIANS);
		allow("GET /admin/health-files/new", PHYSICIANS);
		allow("POST /admin/health-files/new", PHYSICIANS);
		allow("GET /admin/health-files/{id}", STAFF);
		allow("POST /admin/health-files/{id}/assignment", EnumSet.of(Who.HEAD_PHYSICIAN));
		allow("POST /admin/health-files/{id}/history", PHYSICIANS);
		allow("POST /admin/health-files/{id}/examinations", PHYSICIANS);
		allow("POST /admin/health-files/{id}/notes", PHYSICIANS);
		allow("POST /admin/health-files/{id}/examinations/{examination}/issue", PHYSICIANS);
		allow("POST /admin/health-files/{id}/examinations/{examination}/handed", PHYSICIANS);
		allow("GET /admin/health-files/{id}/examinations/{examination}/form.pdf", PHYSICIANS);
		allow("GET /admin/workstations", PHYSICIANS);
		allow("POST /admin/workstations/{id}", PHYSICIANS);
		allow("GET /admin/departments", EnumSet.of(Who.ADMIN));
		allow("POST /admin/departments", EnumSet.of(Who.ADMIN));
		allow("POST /admin/departments/{id}/members", EnumSet.of(Who.ADMIN));
		allow("POST /admin/departments/{id}/members/remove", EnumSet.of(Who.ADMIN));
		// Psychosocial files: under this pack none are kept, so the pages answer 404 to
		// whoever passes the permission check; who reads a case is decided by who handles
		// it
		// (PsychosocialCaseTests).
		allow("GET /admin/psychosocial", ADVISERS);
		allow("GET /admin/psychosocial/new", ADVISERS);
		allow("POST /admin/psychosocial/new", ADVISERS);
		allow("GET /admin/psychosocial/{id}", STAFF);
		allow("POST /admin/psychosocial/{id}/notes", ADVISERS);
		allow("POST /admin/psychosocial/{id}/closing", ADVISERS);
		allow("POST /admin/psychosocial/{id}/hand-over", ADVISERS);
		// A client's change of service: any staff member passes the permission check of a
		// change, so that whoever is not the adviser who recorded it is refused on the
		// record (PsychosocialTransferTests).
		allow("GET /admin/psychosocial/changes", ADVISERS);
		allow("POST /admin/psychosocial/changes", ADVISERS);
		allow("GET /admin/psychosocial/changes/{id}", STAFF);
		allow("POST /admin/psychosocial/changes/{id}/informed", STAFF);
		allow("POST /admin/psychosocial/changes/{id}/requests", STAFF);
		allow("POST /admin/psychosocial/changes/{id}/package", STAFF);
		allow("GET /admin/retention", REQUESTS);
		allow("POST /admin/retention/runs", REQUESTS);
		allow("GET /admin/retention/runs/{id}", REQUESTS);
		allow("POST /admin/retention/holds", REQUESTS);
		allow("POST /admin/retention/holds/{id}/lift", REQUESTS);
		allow("POST /admin/retention/contracts/{id}/close", REQUESTS);
		allow("GET /admin/retention/closures/{id}", REQUESTS);
		allow("POST /admin/retention/closures/{id}/told", REQUESTS);
		allow("GET /admin/retention/closures/{id}/proof.pdf", REQUESTS);
		allow("GET /admin/retention/closures/{id}/transfer.csv", REQUESTS);
		allow("GET /admin/breaches", BREACHES);
		allow("GET /admin/breaches/new", BREACHES);
		allow("POST /admin/breaches/new", BREACHES);
		allow("GET /admin/breaches/{id}", BREACHES);
		allow("GET /admin/breaches/{id}/edit", BREACHES);
		allow("GET /admin/breaches/{id}/file.pdf", BREACHES);
		allow("POST /admin/breaches/{id}/edit", BREACHES);
		allow("POST /admin/breaches/{id}/submissions", BREACHES);
		allow("POST /admin/breaches/{id}/clients-contacted", BREACHES);
		allow("POST /admin/breaches/{id}/clients", BREACHES);
		allow("POST /admin/breaches/{id}/clients/told", BREACHES);
		allow("POST /admin/breaches/{id}/persons", BREACHES);
		allow("POST /admin/breaches/{id}/notices", BREACHES);
		allow("POST /admin/breaches/{id}/notices/send", BREACHES);
		allow("GET /admin/processors", BREACHES);
		allow("GET /admin/processors/overview.pdf", BREACHES);
		allow("GET /admin/processors/{id}", BREACHES);
		allow("POST /admin/processors/{id}", BREACHES);
		allow("GET /admin/processors/{id}/agreement.pdf", BREACHES);
		allow("POST /admin/processors/{id}/sub-processors", BREACHES);
		allow("POST /admin/processors/{id}/sub-processors/{subProcessor}/remove", BREACHES);
		allow("GET /me/processors.pdf", EnumSet.of(Who.CLIENT_CONTACT));
		allow("GET /admin/outreach", OUTREACH_PAGES);
		allow("POST /admin/outreach/campaigns", OUTREACH_PAGES);
		allow("POST /admin/outreach/lists", OUTREACH_PAGES);
		allow("GET /admin/outreach/lists/{code}", OUTREACH_PAGES);
		allow("POST /admin/outreach/lists/{code}/subscribers", OUTREACH_PAGES);
		allow("POST /admin/outreach/bounces", OUTREACH_PAGES);
		allow("GET /admin/outreach/campaigns/{id}", OUTREACH_PAGES);
		allow("GET /admin/outreach/clicks", OUTREACH_PAGES);
		allow("POST /admin/outreach/clicks/{seq}/done", OUTREACH_PAGES);
		allow("POST /admin/outreach/campaigns/{id}/test", OUTREACH_PAGES);
		allow("POST /admin/outreach/campaigns/{id}/send", OUTREACH_PAGES);
		allow("GET /admin/register", REGISTER_READERS);
		allow("GET /admin/register.csv", REGISTER_READERS);
		allow("GET /admin/register.pdf", REGISTER_READERS);
		allow("GET /admin/register/third-parties", REGISTER_READERS);
		allow("GET /admin/register/third-parties.pdf", REGISTER_READERS);
		allow("GET /admin/register/notices", REGISTER_READERS);
		allow("GET /admin/register/notices/{seq}", REGISTER_READERS);
		allow("POST /admin/register/notices/{seq}/told", REGISTER_READERS);
		allow("POST /admin/register/notices/{seq}/tell", REGISTER_READERS);
		allow("GET /admin/catalog", ENROLMENT);
		allow("POST /admin/catalog/courses", ENROLMENT);
		allow("POST /admin/catalog/rooms", ENROLMENT);
		allow("POST /admin/catalog/sessions", ENROLMENT);
		allow("GET /admin/catalog/courses/{id}/edit", ENROLMENT);
		allow("POST /admin/catalog/courses/{id}/edit", ENROLMENT);
		allow("GET /admin/catalog/rooms/{id}/edit", ENROLMENT);
		allow("POST /admin/catalog/rooms/{id}/edit", ENROLMENT);
		allow("GET /admin/sessions", ATTENDANCE);
		// A trainer opens only the sessions they teach (AttendanceTests); a random one is
		// not found.
		allow("GET /admin/sessions/{id}", ATTENDANCE);
		allow("GET /admin/sessions/{id}/attendance", ATTENDANCE);
		allow("GET /admin/sessions/{id}/attendance.pdf", ATTENDANCE);
		allow("POST /admin/sessions/{id}/attendance", ATTENDANCE);
		allow("GET /admin/sessions/{session}/registrations/{id}/cancel", ENROLMENT);
		allow("POST /admin/registrations/{id}/cancel", ENROLMENT);
		allow("POST /admin/sessions/{id}/participants", ENROLMENT);
		allow("GET /admin/sessions/{id}/participants.csv", ENROLMENT);
		allow("GET /admin/sessions/{id}/mail", ENROLMENT);
		allow("POST /admin/sessions/{id}/mail", ENROLMENT);
		allow("POST /admin/registrations/{id}/move-in", ENROLMENT);
		allow("GET /admin/sessions/{id}/edit", ENROLMENT);
		allow("POST /admin/sessions/{id}/edit", ENROLMENT);
		allow("POST /admin/sessions/{id}/cancel", ENROLMENT);
		allow("GET /admin/sessions/{id}/certificates", ENROLMENT);
		allow("GET /admin/sessions/{id}/evaluations", ATTENDANCE);
		allow("POST /admin/sessions/{id}/evaluations", ENROLMENT);
		allow("POST /admin/sessions/{id}/certificates", ENROLMENT);
		allow("GET /admin/certificates/{id}.pdf", ENROLMENT);
		allow("POST /admin/sessions/{id}/authority-export", ENROLMENT);
		allow("GET /admin/people", PEOPLE_READERS);
		// A trainer, physician or adviser opens only the persons they work with: a random
		// person is refused.
		allow("GET /admin/people/{id}", PEOPLE_READERS);
		allow("GET /admin/people/pick", PEOPLE_READERS);
		allow("GET /admin/people/duplicates", PEOPLE_MANAGERS);
		allow("POST /admin/people/{id}/merge", PEOPLE_MANAGERS);
		allow("GET /admin/people/import", PEOPLE_MANAGERS);
		allow("POST /admin/people/import", PEOPLE_MANAGERS);
		allow("GET /admin/people/import/{id}", PEOPLE_MANAGERS);
		allow("POST /admin/people/import/{id}/confirm", PEOPLE_MANAGERS);
		allow("POST /admin/people/import/{id}/discard", PEOPLE_MANAGERS);
		allow("GET /admin/people/new", PEOPLE_MANAGERS);
		allow("POST /admin/people/new", PEOPLE_MANAGERS);
		allow("GET /admin/people/{id}/edit", PEOPLE_MANAGERS);
		allow("POST /admin/people/{id}/edit", PEOPLE_MANAGERS);
		allow("GET /admin/organisations", PEOPLE_READERS);
		allow("GET /admin/organisations/{id}", PEOPLE_READERS);
		allow("GET /admin/organisations/pick", PEOPLE_READERS);
		allow("GET /admin/organisations/new", PEOPLE_MANAGERS);
		allow("POST /admin/organisations/new", PEOPLE_MANAGERS);
		allow("GET /admin/organisations/{id}/edit", PEOPLE_MANAGERS);
		allow("POST /admin/organisations/{id}/edit", PEOPLE_MANAGERS);
		allow("POST /admin/organisations/{id}/contacts/remove", PEOPLE_MANAGERS);
		allow("GET /admin/organisations/{id}/billing", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/organisations/{id}/billing", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("GET /admin/people/{id}/billing", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/people/{id}/billing", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("GET /admin/billing/payments", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/payments", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/payments/{id}/assign", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/payments/{id}/not-ours", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("GET /admin/billing/invoices", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/invoices/drafting", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/invoices/membership-fees", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/invoices/drafts/{id}/issue", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/invoices/drafts/{id}/discard", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("GET /admin/billing/invoices/{id}/invoice.pdf", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("GET /admin/billing/invoices/{id}/invoice.xml", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("GET /admin/billing/invoices/export", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/invoices/crediting", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("GET /admin/billing/invoices/{id}", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/invoices/{id}/send", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/invoices/{id}/credit", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/invoices/{id}/reminder-letter", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("POST /admin/billing/invoices/{id}/hand-over", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("GET /admin/billing/invoices/{id}/collection.zip", EnumSet.of(Who.ADMIN, Who.FINANCE));
		allow("GET /admin/billing/collection", EnumSet.of(Who.ADMIN, Who.FINANCE));
		// Contact messages and information requests (CES-5, MEZ-1): the public forms for
		// anyone; the messages for staff who answer them, each seeing only those routed
		// to
		// their account or role (InquiriesTests).
		allow("GET /contact", EVERYONE);
		allow("POST /contact", EVERYONE);
		allow("GET /information", EVERYONE);
		allow("POST /information", EVERYONE);
		allow("GET /admin/inquiries", INQUIRIES);
		allow("GET /admin/inquiries/{id}", INQUIRIES);
		allow("POST /admin/inquiries/{id}/reply", INQUIRIES);
		allow("POST /admin/inquiries/{id}/close", INQUIRIES);
		// Membership applications (CES-4): the public form for anyone; deciding them and
		// ending memberships for coordinators and administrators (MembershipTests).
		allow("GET /membership", EVERYONE);
		allow("POST /membership", EVERYONE);
		allow("GET /admin/members", MEMBERSHIPS);
		allow("GET /admin/members/{id}", MEMBERSHIPS);
		allow("POST /admin/members/{id}/accept", MEMBERSHIPS);
		allow("POST /admin/members/{id}/refuse", MEMBERSHIPS);
		allow("POST /admin/members/{id}/withdraw", MEMBERSHIPS);
		allow("POST /admin/members/{id}/end", MEMBERSHIPS);
		// The professional network (VCK-1, VCK-8): contact records read by those who keep
		// its
		// relations (the pack's access), changed by those who keep people; participant
		// lists for
		// those who keep registrations (NetworkTests).
		allow("GET /admin/network", NETWORK_READERS);
		allow("GET /admin/network/contact", NETWORK_READERS);
		allow("POST /admin/network/match", PEOPLE_MANAGERS);
		allow("GET /admin/network/contacts/{id}", NETWORK_READERS);
		allow("POST /admin/network/contacts/{id}/details", PEOPLE_MANAGERS);
		allow("POST /admin/network/contacts/{id}/interests", PEOPLE_MANAGERS);
		allow("POST /admin/network/contacts/{id}/interests/remove", PEOPLE_MANAGERS);
		allow("POST /admin/network/contacts/{id}/meetings", PEOPLE_MANAGERS);
		allow("POST /admin/network/contacts/{id}/opt-out", PEOPLE_MANAGERS);
		allow("GET /admin/network/events/{id}", ENROLMENT);
		allow("POST /admin/network/events/{id}/hand-out", ENROLMENT);
		// Vacancies and their application form: under this pack none are offered (404).
		allow("GET /jobs", EVERYONE);
		allow("GET /jobs/{id}", EVERYONE);
		allow("POST /jobs/{id}", EVERYONE);
		// An applicant's own page, opened by the token in the mail confirming their
		// consent.
		allow("GET /jobs/application/{token}", EVERYONE);
		allow("POST /jobs/application/{token}/withdraw", EVERYONE);
		allow("GET /admin/recruitment", RECRUITMENT);
		allow("POST /admin/recruitment", RECRUITMENT);
		allow("GET /admin/recruitment/{id}", RECRUITMENT);
		allow("POST /admin/recruitment/{id}/end", RECRUITMENT);
		allow("GET /admin/recruitment/applications/{id}", RECRUITMENT);
		allow("GET /admin/recruitment/applications/{id}/cv.pdf", RECRUITMENT);
	}

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Http http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private static void allow(String endpoint, Set<Who> who) {
		MATRIX.put(endpoint, who);
	}

	@Test
	void everyEndpointTheApplicationServesIsInTheMatrix() {
		Set<String> served = new TreeSet<>();
		for (RequestMappingInfo mapping : this.mappings.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			mapping.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
			for (String path : mapping.getPathPatternsCondition().getPatternValues()) {
				if (methods.isEmpty()) {
					served.add("ANY " + path);
				}
				methods.forEach(method -> served.add(method + " " + path));
			}
		}
		assertThat(MATRIX.keySet()).as("endpoints served but not in the matrix, or listed but not served")
			.containsExactlyInAnyOrderElementsOf(served);
	}

	@Test
	void eachRoleReachesExactlyWhatTheMatrixSays_MEN11_ASVS_8_2_1() {
		List<String> wrong = new ArrayList<>();
		for (Who who : Who.values()) {
			Browser browser = signedIn(who);
			for (Map.Entry<String, Set<Who>> row : MATRIX.entrySet()) {
				boolean allowed = row.getValue().contains(who);
				HttpResponse<String> response = call(browser, who, row.getKey());
				if (allowed == refused(response)) {
					wrong.add(who + " " + row.getKey() + ": expected " + (allowed ? "allowed" : "refused") + ", got "
							+ response.statusCode() + " " + Browser.location(response));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private Browser signedIn(Who who) {
		Browser browser = new Browser(this.port);
		if (who != Who.ANONYMOUS) {
			String landing = Browser.location(browser.signIn(this.accounts.of(Role.valueOf(who.name()))));
			assertThat(landing).as(who.name()).endsWith(Role.valueOf(who.name()).isStaff() ? "/admin" : "/me");
		}
		return browser;
	}

	private HttpResponse<String> call(Browser browser, Who who, String endpoint) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1)
			.replace("{id}", UUID.randomUUID().toString())
			.replace("{session}", UUID.randomUUID().toString())
			.replace("{examination}", UUID.randomUUID().toString())
			.replace("{subProcessor}", UUID.randomUUID().toString())
			.replace("{token}", "no-such-token")
			.replace("{seq}", "999999")
			.replace("{code}", "no-such-list")
			.replace("{activity}", "no-such-activity");
		if (path.startsWith("/api/")) {
			String[] authorization = who == Who.ANONYMOUS ? new String[0]
					: new String[] { "Authorization", this.accounts.of(Role.valueOf(who.name())).basic() };
			return method.equals("POST") ? this.http.postJson(path, newCourse(), authorization)
					: this.http.get(path, authorization);
		}
		if (method.equals("POST")) {
			// A form's page carries the CSRF token; for a visitor, the sign-in page is
			// one.
			browser.get(who == Who.ANONYMOUS ? "/login" : "/");
			return browser.post(path, formFor(path));
		}
		return browser.get(path);
	}

	private static String[] formFor(String path) {
		return switch (path) {
			case "/admin/accounts" -> new String[] { "username", "matrix-" + UUID.randomUUID(), "displayName",
					"Matrix Test", "role", "TRAINER" };
			case "/login/link" -> new String[] { "email", "nobody@example.org" };
			case "/me/password", "/login/password" ->
				new String[] { "currentPassword", "not-the-password", "newPassword", "x", "confirmation", "x" };
			default -> new String[] { "code", "000000" };
		};
	}

	private static String newCourse() {
		return "{\"code\":\"M-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT)
				+ "\",\"title\":\"Matrix\",\"language\":\"nl\",\"certified\":false}";
	}

	private static boolean refused(HttpResponse<String> response) {
		int status = response.statusCode();
		String location = Browser.location(response);
		return status == 401 || status == 403
				|| (status == 302 && location.contains("/login") && !location.contains("/login/second-factor/enrol"));
	}

}
