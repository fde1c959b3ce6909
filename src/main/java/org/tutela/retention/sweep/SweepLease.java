package org.tutela.retention.sweep;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One run of the sweeps at a time across every node on the database: a lease row taken
 * with a conditional update, renewed after each batch and given back at the end. A node
 * that dies holding it (killed, or its database connection gone) loses it when the term
 * runs out.
 */
@Component
class SweepLease {

	private static final Instant FREE = Instant.EPOCH;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration term;

	/** This process, and this application within it: {@code pid@host/random}. */
	private final String node;

	SweepLease(JdbcClient jdbc, Clock clock, @Value("${tutela.retention.lease:5m}") Duration term) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.term = term;
		this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	String node() {
		return this.node;
	}

	/** Takes the lease if nobody holds it; false when another run holds it. */
	boolean acquire() {
		Instant now = this.clock.instant();
		return this.jdbc.sql(
				"UPDATE retention_lease SET holder = :node, held_until = :until WHERE name = 'sweeps' AND held_until < :now")
			.param("node", this.node)
			.param("until", now.plus(this.term).atOffset(ZoneOffset.UTC))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Extends the lease; false when this node no longer holds it. */
	boolean renew() {
		return this.jdbc.sql("UPDATE retention_lease SET held_until = :until WHERE name = 'sweeps' AND holder = :node")
			.param("node", this.node)
			.param("until", this.clock.instant().plus(this.term).atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	void release() {
		this.jdbc.sql(
				"UPDATE retention_lease SET holder = NULL, held_until = :free WHERE name = 'sweeps' AND holder = :node")
			.param("node", this.node)
			.param("free", FREE.atOffset(ZoneOffset.UTC))
			.update();
	}

}
