package org.tutela.people;

/** What a contact person is for their organisation. */
public enum ContactRole {

	HR, INVOICE, PREVENTION_ADVISER, MANAGEMENT, OTHER

}
