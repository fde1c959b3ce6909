package org.tutela.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static org.tutela.identity.Permission.ANSWER_AUTHORITY_REQUESTS;
import static org.tutela.identity.Permission.ANSWER_INQUIRIES;
import static org.tutela.identity.Permission.ASSIGN_CONTROLS;
import static org.tutela.identity.Permission.BACK_OFFICE;
import static org.tutela.identity.Permission.DECIDE_MEMBERSHIPS;
import static org.tutela.identity.Permission.JUDGE_AWARDS;
import static org.tutela.identity.Permission.MANAGE_ACCOUNTS;
import static org.tutela.identity.Permission.MANAGE_AUTHORITY_REQUESTS;
import static org.tutela.identity.Permission.MANAGE_AWARDS;
import static org.tutela.identity.Permission.MANAGE_BILLING;
import static org.tutela.identity.Permission.MANAGE_BREACHES;
import static org.tutela.identity.Permission.MANAGE_CATALOG;
import static org.tutela.identity.Permission.MANAGE_ENROLMENT;
import static org.tutela.identity.Permission.MANAGE_OUTREACH;
import static org.tutela.identity.Permission.MANAGE_PEOPLE;
import static org.tutela.identity.Permission.MANAGE_PROCESSORS;
import static org.tutela.identity.Permission.MANAGE_REQUESTS;
import static org.tutela.identity.Permission.MANAGE_RETENTION;
import static org.tutela.identity.Permission.ORDER_CONTROLS;
import static org.tutela.identity.Permission.PORTAL;
import static org.tutela.identity.Permission.READ_ARCHIVE;
import static org.tutela.identity.Permission.READ_AUDIT;
import static org.tutela.identity.Permission.READ_MEDICAL_FILES;
import static org.tutela.identity.Permission.READ_PEOPLE;
import static org.tutela.identity.Permission.READ_PROCESSORS_OVERVIEW;
import static org.tutela.identity.Permission.READ_PSYCHOSOCIAL_FILES;
import static org.tutela.identity.Permission.READ_REGISTER;
import static org.tutela.identity.Permission.READ_RELATED_PEOPLE;
import static org.tutela.identity.Permission.READ_SPECIAL_CATEGORY;
import static org.tutela.identity.Permission.RECRUITMENT;
import static org.tutela.identity.Permission.RECORD_ATTENDANCE;
import static org.tutela.identity.Permission.RECORD_DISCLOSURES;
import static org.tutela.identity.Permission.RELEASE_MEDICAL_FILES;
import static org.tutela.identity.Permission.REPORT_LOGINS;

/**
 * The roles an account holds, each with the permissions it grants. Roles that reach
 * health data, psychosocial files or every account need a second factor (MEN-25).
 */
public enum Role {

	ADMIN(true,
			EnumSet.of(BACK_OFFICE, READ_PEOPLE, MANAGE_PEOPLE, MANAGE_ACCOUNTS, MANAGE_CATALOG, READ_AUDIT,
					READ_REGISTER, RECORD_DISCLOSURES, MANAGE_OUTREACH, REPORT_LOGINS, MANAGE_ENROLMENT,
					RECORD_ATTENDANCE, MANAGE_REQUESTS, READ_ARCHIVE, MANAGE_RETENTION, MANAGE_BILLING,
					ANSWER_INQUIRIES, DECIDE_MEMBERSHIPS, RECRUITMENT)),
	COORDINATOR(false,
			EnumSet.of(BACK_OFFICE, READ_PEOPLE, MANAGE_PEOPLE, MANAGE_CATALOG, READ_REGISTER, RECORD_DISCLOSURES,
					MANAGE_OUTREACH, MANAGE_ENROLMENT, RECORD_ATTENDANCE, MANAGE_AWARDS, ANSWER_INQUIRIES,
					DECIDE_MEMBERSHIPS)),
	/**
	 * Sees the participants of the sessions they teach, nobody else, and records their
	 * attendance.
	 */
	TRAINER(false, EnumSet.of(BACK_OFFICE, READ_RELATED_PEOPLE, RECORD_ATTENDANCE)),
	/** Keeps the invoices, and hands unpaid ones to a collection agent (MEZ-5). */
	FINANCE(false, EnumSet.of(BACK_OFFICE, READ_PEOPLE, RECORD_DISCLOSURES, MANAGE_BILLING, ANSWER_INQUIRIES)),
	/** Never reads special-category data. */
	MARKETING(false, EnumSet.of(BACK_OFFICE, READ_PEOPLE, MANAGE_OUTREACH, RECORD_DISCLOSURES)),
	DPO(true,
			EnumSet.of(BACK_OFFICE, READ_PEOPLE, READ_AUDIT, READ_REGISTER, REPORT_LOGINS, MANAGE_REQUESTS,
					READ_ARCHIVE, MANAGE_RETENTION, MANAGE_AUTHORITY_REQUESTS, MANAGE_BREACHES, MANAGE_PROCESSORS)),
	/** Reads only the medical dossiers assigned to them. */
	PHYSICIAN(true, EnumSet.of(BACK_OFFICE, READ_RELATED_PEOPLE, READ_SPECIAL_CATEGORY, READ_MEDICAL_FILES)),
	/**
	 * Heads a department of physicians: reads every medical file of it and assigns its
	 * controls; sends a person's medical files to their attending physician.
	 */
	HEAD_PHYSICIAN(true,
			EnumSet.of(BACK_OFFICE, READ_RELATED_PEOPLE, READ_SPECIAL_CATEGORY, READ_MEDICAL_FILES, ASSIGN_CONTROLS,
					RELEASE_MEDICAL_FILES)),
	/** Reads only the psychosocial dossiers assigned to them. */
	PSYCHOSOCIAL_ADVISER(true,
			EnumSet.of(BACK_OFFICE, READ_RELATED_PEOPLE, READ_SPECIAL_CATEGORY, READ_PSYCHOSOCIAL_FILES)),
	/**
	 * Sits on the jury of an award: reads its candidacies once they have signed the
	 * confidentiality statement, nothing else (VCK-5).
	 */
	JURY_MEMBER(true, EnumSet.of(BACK_OFFICE, JUDGE_AWARDS)),
	/**
	 * Handles the organisation's own vacancies and the applications for them (SKI-2),
	 * nothing else.
	 */
	RECRUITER(false, EnumSet.of(BACK_OFFICE, RECRUITMENT)),
	/** An HR contact of a client company: the portal, for their own organisation. */
	CLIENT_CONTACT(false, EnumSet.of(PORTAL, ORDER_CONTROLS, ANSWER_AUTHORITY_REQUESTS, READ_PROCESSORS_OVERVIEW)),
	/** A course participant: the portal, for their own data. */
	PARTICIPANT(false, EnumSet.of(PORTAL));

	private final boolean secondFactorRequired;

	private final Set<Permission> permissions;

	Role(boolean secondFactorRequired, Set<Permission> permissions) {
		this.secondFactorRequired = secondFactorRequired;
		this.permissions = permissions;
	}

	public boolean secondFactorRequired() {
		return this.secondFactorRequired;
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(this.permissions);
	}

	public boolean isStaff() {
		return this.permissions.contains(BACK_OFFICE);
	}

	/**
	 * Whether a policy pack's access list names this role, as packs write roles:
	 * {@code psychosocial-adviser}.
	 */
	public boolean namedIn(Collection<String> access) {
		return access.contains(name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

}
