package org.tutela.personaldata;

/** What kind of data a column holds, as the catalogue declares it (ALL-1). */
public enum DataCategory {

	/** Keys, versions and record timestamps: no data about anyone. */
	NONE,
	/** Names and the like that say who someone is. */
	IDENTITY,
	/** E-mail addresses, phone numbers, postal addresses. */
	CONTACT,
	/**
	 * Official and internal identifiers: national register number, BSN, personnel number.
	 */
	IDENTIFIER,
	/** Birth date, language. */
	DEMOGRAPHIC,
	/** Function, employer, the role someone has for an organisation. */
	PROFESSIONAL,
	/** Where the data came from, when it was last used. */
	PROVENANCE,
	/** Data about an organisation; personal only for a one-person business. */
	COMPANY,
	/** Bank accounts, invoices, payments. */
	FINANCIAL,
	/** Accounts, credentials, sessions and second factors. */
	ACCOUNT,
	/** Connection data: addresses, user agents, sign-in times. */
	CONNECTION,
	/** A keyed pseudonym standing for a person. */
	PSEUDONYM,
	/** Health and other special categories (GDPR Art. 9). */
	SPECIAL

}
