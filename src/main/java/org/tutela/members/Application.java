package org.tutela.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.people.identifier.EnterpriseNumber;
import org.tutela.personaldata.PersonId;

/**
 * A membership application as staff read it, with the applicant's person and the language
 * of the form they sent; once accepted, the member record: the organisation it made a
 * member and the days the membership began and ended.
 */
public record Application(UUID id, String organisationName, @Nullable String enterpriseNumber, @Nullable String street,
		@Nullable String postcode, String city, String country, String contactName, String email,
		@Nullable String function, Instant receivedAt, @Nullable Decision decision, @Nullable LocalDate decidedOn,
		@Nullable String decidedBy, @Nullable String reason, @Nullable UUID organisation,
		@Nullable LocalDate memberFrom, @Nullable LocalDate memberUntil, boolean restricted, @Nullable PersonId person,
		String language) {

	public boolean open() {
		return this.decision == null;
	}

	public boolean member() {
		return this.decision == Decision.ACCEPTED;
	}

	/** The enterprise number as it is printed, {@code 0403.019.261}. */
	public @Nullable String printedEnterpriseNumber() {
		return this.enterpriseNumber == null ? null : new EnterpriseNumber(this.enterpriseNumber).formatted();
	}

	/**
	 * The organisation's address on one line, its country named in the page's language.
	 */
	public String address(Locale locale) {
		List<String> parts = new ArrayList<>();
		if (this.street != null) {
			parts.add(this.street);
		}
		parts.add(this.postcode == null ? this.city : this.postcode + " " + this.city);
		parts.add(new Locale("", this.country).getDisplayCountry(locale));
		return String.join(", ", parts);
	}

	/** Accepted, and no end given yet: the membership can still be ended. */
	public boolean running() {
		return member() && this.memberUntil == null;
	}

}
