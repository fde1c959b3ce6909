package org.tutela.bench;

/**
 * One measured load: {@code requests} GETs of {@code path}, shared among {@code clients}
 * concurrent clients.
 */
record Scenario(String name, String path, int clients, int requests) {

	Scenario warmUp(int warmUpRequests) {
		return new Scenario(this.name + " (warm-up)", this.path, this.clients, warmUpRequests);
	}

}
