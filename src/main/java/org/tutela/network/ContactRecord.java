package org.tutela.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;

/**
 * A contact of the network as staff read it: the person's professional data, the
 * organisations they are a contact of, how the contact began (none while nobody recorded
 * it, {@code UNKNOWN} only for a legacy contact), where the person's data came from and
 * since when, the private address given with consent, what they share and want to
 * discuss, the meetings held, the sessions they attended, the matches they received names
 * from, whether they opted out of being named to other members, and whether their data is
 * restricted, so that nothing of it can change.
 */
public record ContactRecord(PersonId person, String name, @Nullable String jobFunction, List<String> emails,
		List<String> phones, List<Company> companies, @Nullable Began began, @Nullable LocalDate beganOn,
		boolean legacy, Provenance provenance, Instant since, @Nullable String website,
		@Nullable PrivateAddress privateAddress, List<Interest> expertise, List<Interest> topics,
		List<Meeting> meetings, List<Attended> attended, List<Received> received, boolean namedToMembers,
		boolean restricted) {

	/** An organisation the person is a contact of, with what identifies it. */
	public record Company(String name, @Nullable String enterpriseNumber, @Nullable String address) {
	}

	/** The private address and the consent it rests on. */
	public record PrivateAddress(String street, String postcode, String city, String country, String wording,
			@Nullable String proof, Instant consentedAt) {
	}

	public record Interest(String id, String subject) {
	}

	public record Meeting(LocalDate heldOn, String agreed, String recordedBy) {
	}

	public record Attended(String course, LocalDate day) {
	}

	/** A match that named members to this person: when, for what, how many (VCK-8). */
	public record Received(Instant on, String subject, int named) {
	}

}
