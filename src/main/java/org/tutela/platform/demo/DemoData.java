package org.tutela.platform.demo;

/**
 * A module's contribution of realistic demo data, loaded once on the first start of an
 * empty embedded database and never in production.
 */
public interface DemoData {

	/**
	 * Stores this module's demo records. Runs inside the transaction that loads all demo
	 * data, so a failure leaves none of it behind.
	 */
	void load();

	/** Lower values load first, for modules whose demo data refers to another's. */
	default int order() {
		return 0;
	}

}
