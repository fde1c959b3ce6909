package org.tutela.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * A contact of the network as staff read it: the person's professional data, the
 * organisations they are a contact of, how the contact began, the private address given
 * with consent, what they share and want to discuss, the meetings held, the sessions they
 * attended, and whether they opted out of being named to other members.
 */
public record ContactRecord(PersonId person, String name, @Nullable String jobFunction, List<String> emails,
		List<String> phones, List<Company> companies, Began began, @Nullable LocalDate beganOn, boolean legacy,
		@Nullable String website, @Nullable PrivateAddress privateAddress, List<Interest> expertise,
		List<Interest> topics, List<Meeting> meetings, List<Attended> attended, boolean namedToMembers) {

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

}
