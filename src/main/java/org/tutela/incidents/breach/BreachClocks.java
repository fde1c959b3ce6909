package org.tutela.incidents.breach;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.incidents.BreachClock;
import org.tutela.incidents.BreachClock.Kind;
import org.tutela.incidents.BreachRisk;
import org.tutela.register.PolicyPack.Clocks;
import org.tutela.register.Register;

/**
 * A breach's clocks from the active pack: the authority within {@code breach-authority}
 * hours of discovery unless the breach was assessed as no risk (Art. 33(1), MEN-23,
 * CER-12); where the pack has {@code breach-clients}, the clients contacted within those
 * hours to decide together, whatever the assessment, since deciding is what they meet
 * for. Hours run straight through nights, weekends and holidays.
 */
@Component
public class BreachClocks {

	private final Register register;

	private final Clock clock;

	BreachClocks(Register register, Clock clock) {
		this.register = register;
		this.clock = clock;
	}

	public List<BreachClock> of(Instant discovered, BreachRisk risk, @Nullable Instant notified,
			@Nullable Instant clientsContacted) {
		Clocks hours = this.register.pack().clocks();
		Instant now = this.clock.instant();
		List<BreachClock> clocks = new ArrayList<>();
		if (hours.breachAuthorityHours() > 0 && risk != BreachRisk.NONE) {
			clocks.add(BreachClock.of(Kind.AUTHORITY, discovered, hours.breachAuthorityHours(), notified, now));
		}
		if (hours.breachClientsHours() > 0) {
			clocks.add(BreachClock.of(Kind.CLIENTS, discovered, hours.breachClientsHours(), clientsContacted, now));
		}
		return clocks;
	}

	/** Whether the pack has the clients contacted at all (a prevention service's). */
	public boolean clientsClock() {
		return this.register.pack().clocks().breachClientsHours() > 0;
	}

}
