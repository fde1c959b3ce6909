package org.tutela.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.events.core.EventSerializer;
import org.tutela.enrolment.MarketingConsentConfirmed;
import org.tutela.personaldata.ClientContractClosedOut;
import org.tutela.personaldata.PersonErased;
import org.tutela.personaldata.PersonId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events that name a person are stored by the publication registry with the person's
 * bare id, as before persons had a type of their own, and read back whole: an event
 * republished after a restart reaches its listener as it was published.
 */
@SpringBootTest
class StoredPersonEventsTests {

	@Autowired
	EventSerializer serializer;

	private final PersonId person = PersonId.random();

	@Test
	void anErasedPersonIsStoredByTheirIdAndReadBack() {
		PersonErased erased = new PersonErased(this.person, Instant.now().truncatedTo(ChronoUnit.MILLIS),
				Set.of("hash"));

		String stored = this.serializer.serialize(erased).toString();

		assertThat(stored).contains("\"person\":\"" + this.person.value() + "\"");
		assertThat(this.serializer.deserialize(stored, PersonErased.class)).isEqualTo(erased);
	}

	@Test
	void theContactsOfAClosedContractAndAConfirmedConsentAreReadBack() {
		ClientContractClosedOut closed = new ClientContractClosedOut(UUID.randomUUID(), LocalDate.now(),
				List.of(this.person, PersonId.random()), List.of(UUID.randomUUID()));
		MarketingConsentConfirmed confirmed = new MarketingConsentConfirmed(this.person, "marketing");

		String contacts = this.serializer.serialize(closed).toString();

		assertThat(contacts).contains("\"contacts\":[\"" + this.person.value() + "\"");
		assertThat(this.serializer.deserialize(contacts, ClientContractClosedOut.class)).isEqualTo(closed);
		assertThat(this.serializer.deserialize(this.serializer.serialize(confirmed), MarketingConsentConfirmed.class))
			.isEqualTo(confirmed);
	}

}
