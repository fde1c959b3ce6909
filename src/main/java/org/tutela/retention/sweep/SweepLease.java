package org.tutela.retention.sweep;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One run of the sweeps at a time across every node on the database, nightly or started
 * by staff: the job lock {@value #NAME} (ShedLock), taken for a term, extended after each
 * batch and given back at the end. A node that dies holding it (killed, or its database
 * connection gone) loses it when the term runs out, a minute by default, and the next
 * node's nightly check takes over.
 */
@Component
class SweepLease {

	static final String NAME = "retention-sweeps";

	private final LockProvider locks;

	private final Clock clock;

	private final Duration term;

	/** This process, and this application within it: {@code pid@host/random}. */
	private final String node;

	private final AtomicReference<SimpleLock> held = new AtomicReference<>();

	SweepLease(LockProvider locks, Clock clock, @Value("${tutela.retention.lease:1m}") Duration term) {
		this.locks = locks;
		this.clock = clock;
		this.term = term;
		this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	String node() {
		return this.node;
	}

	/** Takes the lease if nobody holds it; false when another run holds it. */
	boolean acquire() {
		Optional<SimpleLock> lock = this.locks
			.lock(new LockConfiguration(this.clock.instant(), NAME, this.term, Duration.ZERO));
		lock.ifPresent(this.held::set);
		return lock.isPresent();
	}

	/** Extends the lease; false when this node no longer holds it. */
	boolean renew() {
		SimpleLock current = this.held.get();
		Optional<SimpleLock> extended = current == null ? Optional.empty() : current.extend(this.term, Duration.ZERO);
		this.held.set(extended.orElse(null));
		return extended.isPresent();
	}

	void release() {
		SimpleLock lock = this.held.getAndSet(null);
		if (lock != null) {
			lock.unlock();
		}
	}

}
