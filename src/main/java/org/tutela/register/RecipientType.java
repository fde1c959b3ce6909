package org.tutela.register;

public enum RecipientType {

	AUTHORITY, PROCESSOR, INDEPENDENT_CONTROLLER, EMPLOYER, COLLECTION_AGENT

}
