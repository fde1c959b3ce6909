package org.tutela.incidents;

/**
 * What a request is, in the cases MEN-22 names: a public body asking for information, a
 * summons, an inspection, the controller's own intention to give data to a public body,
 * and a third party's request to publish the client's data.
 */
public enum AuthorityRequestKind {

	INFORMATION, SUMMONS, INSPECTION, INTENDED_DISCLOSURE, PUBLICATION

}
