package org.tutela.identity;

/**
 * What an account may do, checked in the service layer with
 * {@code @PreAuthorize("hasAuthority('<authority>')")} and not only on addresses
 * (MEN-11).
 */
public enum Permission {

	/** Enter the back office at all. */
	BACK_OFFICE("backoffice"),
	/** Enter the portal of participants and client contacts. */
	PORTAL("portal"),
	/** Open any person's ordinary data. */
	READ_PEOPLE("people.read"),
	/**
	 * Open only the persons a {@link PersonRelations} links to the account: a trainer's
	 * participants.
	 */
	READ_RELATED_PEOPLE("people.read-related"),
	/**
	 * Read special-category data (health, psychosocial) of related persons only (GDPR
	 * Art. 9).
	 */
	READ_SPECIAL_CATEGORY("special-category.read"), MANAGE_PEOPLE("people.manage"),
	/** Create staff accounts and assign roles. */
	MANAGE_ACCOUNTS("accounts.manage"),
	/** Create and change courses. */
	MANAGE_CATALOG("catalog.manage"),
	/** Read and verify the audit trail. */
	READ_AUDIT("audit.read"),
	/**
	 * Register persons for sessions on their behalf, cancel registrations, issue
	 * certificates.
	 */
	MANAGE_ENROLMENT("enrolment.manage"),
	/**
	 * Record attendance and signatures for the sessions one teaches (or any, for
	 * coordinators).
	 */
	RECORD_ATTENDANCE("attendance.record"),
	/** Record a disclosure of personal data to an external recipient of the register. */
	RECORD_DISCLOSURES("disclosures.record"),
	/** Publish consent texts, manage mailing lists and send campaigns. */
	MANAGE_OUTREACH("outreach.manage"),
	/**
	 * Read the record of processing activities and the overview of processors and third
	 * parties.
	 */
	READ_REGISTER("register.read"),
	/** See monthly login activity (CES-7, VCK-10). */
	REPORT_LOGINS("logins.report"),
	/** Receives, verifies and answers data-subject requests. */
	MANAGE_REQUESTS("requests.manage"),
	/**
	 * Record requests of public bodies and third parties for a client's data, inform the
	 * client and hand data over once the client's window to object has closed (MEN-22).
	 */
	MANAGE_AUTHORITY_REQUESTS("authority-requests.manage"),
	/**
	 * Read the requests of public bodies one's own organisation was informed of, and
	 * object to them (MEN-22).
	 */
	ANSWER_AUTHORITY_REQUESTS("authority-requests.answer"),
	/**
	 * Keep the invoices: the clients' billing details, drafts from registrations and
	 * orders, issuing them with their numbers, and their documents (MEZ-3, MEN-4).
	 */
	MANAGE_BILLING("billing.manage"),
	/** Read what the retention sweeps moved to the restricted archive (MEZ-8). */
	READ_ARCHIVE("archive.read"),
	/** See and start the retention sweeps, and place and lift legal holds. */
	MANAGE_RETENTION("retention.manage"),
	/**
	 * See the lists of medical files (absenteeism controls and the like); never enough to
	 * read their content.
	 */
	READ_MEDICAL_FILES("medical-files.read"),
	/** Assign absenteeism controls to the physicians of a department. */
	ASSIGN_CONTROLS("controls.assign"),
	/** Order an absenteeism control for an absent employee of one's own organisation. */
	ORDER_CONTROLS("controls.order"),
	/**
	 * Send a person's medical files to the attending physician their access request names
	 * (MEN-17): the director of medical supervision's task.
	 */
	RELEASE_MEDICAL_FILES("medical-files.release"),
	/**
	 * See the list of psychosocial files one handles and register new ones; reading a
	 * file also takes being the adviser handling it (MEN-11, MEN-18).
	 */
	READ_PSYCHOSOCIAL_FILES("psychosocial-files.read"),
	/**
	 *
	 * Create awards, register their candidacies and assign their jurors; never enough to
	 * read a candidacy's dossier (VCK-5).
	 */
	MANAGE_AWARDS("awards.manage"),
	/**
	 * Read the candidacies of the awards one is a juror of, once one has signed the
	 * confidentiality statement (VCK-5).
	 */
	JUDGE_AWARDS("awards.judge"),
	/**
	 * Keep the register of personal-data breaches, with their clocks and the
	 * notifications to the authority (GDPR Art. 33, MEN-23): the data protection
	 * officer's task.
	 */
	MANAGE_BREACHES("breaches.manage"),
	/**
	 * Keep the agreements with the processors the policy names: signed and review dates,
	 * the signed document, sub-processors and transfer safeguards (Art. 28(3), MEN-13,
	 * CER-8, VCK-8): the data protection officer's task.
	 */
	MANAGE_PROCESSORS("processors.manage"),
	/**
	 * Download the overview of the processors, their sub-processors, locations and
	 * safeguards, which a client may ask for (MEN-12, MEN-13).
	 */
	READ_PROCESSORS_OVERVIEW("processors.overview"),
	/**
	 * Read and answer the contact messages and information requests the pack routes to
	 * one's account or role, and close them (CES-5).
	 */
	ANSWER_INQUIRIES("inquiries.answer"),
	/**
	 * Decide membership applications, accepting or refusing them, and end memberships
	 * (CES-4).
	 */
	DECIDE_MEMBERSHIPS("members.decide"),
	/**
	 * Open and close vacancies, and read the job applications with their CVs (SKI-2):
	 * nobody else reads an application.
	 */
	RECRUITMENT("recruitment");

	private final String authority;

	Permission(String authority) {
		this.authority = authority;
	}

	public String authority() {
		return this.authority;
	}

}
