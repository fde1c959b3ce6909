package org.tutela.dossiers;

/** How an order reached the service. */
public enum Channel {

	PORTAL, API, STAFF

}
