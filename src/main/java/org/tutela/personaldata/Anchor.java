package org.tutela.personaldata;

/**
 * The events a retention period counts from, in the words the policy packs use ("10 years
 * after end of calendar year of session"). Modules say which of them their records know,
 * and when each happened for a person.
 */
public enum Anchor {

	SESSION_END("session end"), END_OF_CALENDAR_YEAR_OF_SESSION("end of calendar year of session"),
	LAST_CONTACT("last contact"), END_OF_MEMBERSHIP("end of membership"),
	END_OF_CLIENT_CONTRACT("end of client contract"), REQUEST_CLOSED("request closed"), INCIDENT_DATE("incident date"),
	COLLECTION("collection"), WITHDRAWAL_OR_OBJECTION("withdrawal or objection"), INVOICE_DATE("invoice date"),
	END_OF_CALENDAR_YEAR_OF_INVOICE("end of calendar year of invoice"),
	/**
	 * The day staff closed a vacancy's procedure: no candidate is still being considered.
	 */
	END_OF_APPLICATION_PROCEDURE("end of application procedure");

	private final String words;

	Anchor(String words) {
		this.words = words;
	}

	public String words() {
		return this.words;
	}

	/**
	 * The event a module records for this anchor: the end of a session's or an invoice's
	 * calendar year is counted from the session's end or the invoice's date; every other
	 * anchor is recorded as itself.
	 */
	public Anchor recorded() {
		if (this == END_OF_CALENDAR_YEAR_OF_SESSION) {
			return SESSION_END;
		}
		return this == END_OF_CALENDAR_YEAR_OF_INVOICE ? INVOICE_DATE : this;
	}

	/**
	 * Whether a period counts from the 31 December of the recorded event's year, as
	 * accounting and tax records do (Belgium: from the first of January after the year's
	 * end, Law of 20 November 2022).
	 */
	public boolean fromYearEnd() {
		return this == END_OF_CALENDAR_YEAR_OF_SESSION || this == END_OF_CALENDAR_YEAR_OF_INVOICE;
	}

}
