package org.tutela.outreach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.Activity;
import org.tutela.register.LegalBasis;
import org.tutela.register.Register;

/**
 * An audience for an advertising platform (SKI-8): only persons whose current choice for
 * the activity is consent, never restricted, and only as the SHA-256 of their normalised
 * e-mail address (trimmed, lower case), so the platform can match its own users and learn
 * nothing of the others. Every export is recorded as a disclosure to the platform the
 * pack names.
 */
@Service
public class AdAudiences {

	private final JdbcClient jdbc;

	private final Register register;

	private final Disclosures disclosures;

	AdAudiences(JdbcClient jdbc, Register register, Disclosures disclosures) {
		this.jdbc = jdbc;
		this.register = register;
		this.disclosures = disclosures;
	}

	/**
	 * The hashes, one per consenting person; recorded as disclosures of at most
	 * {@link Disclosures#MAX_PERSONS} each.
	 */
	@PreAuthorize("hasAuthority('outreach.manage') and hasAuthority('disclosures.record')")
	@Transactional
	public List<String> export(String activityId, String recipient) {
		Optional<Activity> activity = this.register.pack().activity(activityId);
		if (activity.isEmpty() || activity.get().basis() != LegalBasis.CONSENT) {
			throw new InvalidInput(List.of(new FieldError("activity", "ad-audience.activity")));
		}
		List<Member> members = this.jdbc.sql("""
				SELECT c.person_id, MIN(e.lookup_key) AS email FROM consent_current c
				JOIN people_person p ON p.id = c.person_id AND p.restricted = FALSE
				JOIN people_contact_point e ON e.person_id = c.person_id AND e.kind = 'EMAIL'
				WHERE c.purpose = :activity AND c.kind = 'GIVEN'
				GROUP BY c.person_id ORDER BY c.person_id""")
			.param("activity", activityId)
			.query((row, n) -> new Member(PersonId.of(row.getObject("person_id", UUID.class)), row.getString("email")))
			.list();
		for (int from = 0; from < members.size(); from += Disclosures.MAX_PERSONS) {
			List<PersonId> persons = members.subList(from, Math.min(members.size(), from + Disclosures.MAX_PERSONS))
				.stream()
				.map(Member::person)
				.toList();
			this.disclosures.record(new NewDisclosure(activityId, recipient,
					activity.get()
						.categories()
						.stream()
						.map(category -> category.name().toLowerCase(Locale.ROOT))
						.toList(),
					persons, "ad audience"));
		}
		List<String> hashes = new ArrayList<>();
		members.forEach(member -> hashes.add(Sha256.hex(member.email().strip().toLowerCase(Locale.ROOT))));
		return hashes;
	}

	private record Member(PersonId person, String email) {
	}

}
