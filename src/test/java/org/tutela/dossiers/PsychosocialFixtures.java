package org.tutela.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.psychosocial.CaseKind;
import org.tutela.dossiers.psychosocial.CaseSummary;
import org.tutela.dossiers.psychosocial.NewCase;
import org.tutela.dossiers.psychosocial.PsychosocialStore;
import org.tutela.dossiers.psychosocial.ServiceChange;
import org.tutela.dossiers.psychosocial.ServiceChangeStore;
import org.tutela.identity.AccountId;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;

/**
 * Psychosocial cases as an adviser leaves them, without going through the pages. The
 * planted texts are what no list, overview, privacy view or mail may show.
 */
@Component
public class PsychosocialFixtures {

	/** The applicant's account of the facts: under professional secrecy. */
	public static final String FACTS = "BULLYING-MARKER by the team leader";

	/** A person directly involved. */
	public static final String INVOLVED = "Tom INVOLVED-MARKER, team leader";

	/** An adviser's note. */
	public static final String NOTE = "INTERVIEW-MARKER with the applicant";

	/** The outcome of a closed case. */
	public static final String OUTCOME = "OUTCOME-MARKER mediation";

	private final PsychosocialStore store;

	private final ServiceChangeStore changes;

	private final Persons persons;

	PsychosocialFixtures(PsychosocialStore store, ServiceChangeStore changes, Persons persons) {
		this.store = store;
		this.changes = changes;
		this.persons = persons;
	}

	/** The employer's change of service, as its adviser recorded it, without a letter. */
	public ServiceChange changed(String employer, AccountId adviser) {
		ServiceChange change = new ServiceChange(UUID.randomUUID(), FileReference.next("PC-"), employer, adviser,
				"Next Prevention VZW", "Nele Claes", "n.claes@next.example.org", LocalDate.now(), null, Instant.now());
		this.changes.insert(change, null);
		return change;
	}

	/**
	 * An open case submitted on {@code submitted}, handled by {@code adviser}, with a
	 * note.
	 */
	public CaseSummary submitted(LocalDate submitted, AccountId adviser) {
		return submitted(submitted, adviser, "Client NV");
	}

	/**
	 * An open case of this employer's worker, handled by {@code adviser}, with a note.
	 */
	public CaseSummary submitted(LocalDate submitted, AccountId adviser, String employer) {
		PersonId applicant = this.persons.selfRegister(new NewPerson("Ann", null, "Aanvrager", null, "nl", null,
				Provenance.WEB_FORM, List.of(), List.of(), List.of()));
		UUID id = UUID.randomUUID();
		this.store.insert(new NewCase(id, FileReference.next("PS-"), applicant, employer, CaseKind.HARASSMENT,
				submitted, FACTS, INVOLVED, adviser, "adviser", Instant.now()));
		this.store.note(id, UUID.randomUUID(), submitted, NOTE, adviser, Instant.now());
		return this.store.summary(id).orElseThrow();
	}

	/** The case closed with the planted outcome. */
	public void closed(CaseSummary summary) {
		this.store.close(summary.id(), summary.submittedOn(), OUTCOME);
	}

}
