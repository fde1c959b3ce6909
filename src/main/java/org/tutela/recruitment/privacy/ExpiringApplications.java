package org.tutela.recruitment.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonRows;
import org.tutela.personaldata.RetentionAction;
import org.tutela.recruitment.Vacancies;

/**
 * Job applications as the retention engine reaches them (SKI-2): counted from the day
 * staff ended their vacancy's procedure, as the Dutch authority advises; each says
 * whether the applicant ticked the box to keep it for other vacancies, so that the pack's
 * rules {@code without consent} (four weeks) and {@code with consent} (a year) each reach
 * their own. While the procedure runs, none is due. They leave by deletion, CV and all.
 */
@Component
class ExpiringApplications implements ExpiringRecords {

	private static final Kind KIND = new Kind("recruitment", "job applications", Set.of(Vacancies.PURPOSE),
			Set.of(Anchor.END_OF_APPLICATION_PROCEDURE), Set.of(RetentionAction.DELETE));

	private final PersonRows rows;

	ExpiringApplications(JdbcClient jdbc) {
		this.rows = new PersonRows(jdbc, "recruitment_application");
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public boolean knowsConsent() {
		return true;
	}

	/** Without a condition, a rule reaches every application whose procedure ended. */
	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return due(cutoff, null, after, limit);
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, boolean consented,
			@Nullable String after, int limit) {
		return due(cutoff, consented, after, limit);
	}

	/**
	 * The applications whose vacancy's procedure ended by the cutoff, those with the box
	 * ticked or not as asked.
	 */
	private List<Due> due(LocalDate cutoff, @Nullable Boolean consented, @Nullable String after, int limit) {
		return this.rows.due("vacancy_id IN (SELECT id FROM recruitment_vacancy WHERE procedure_ended_on <= :cutoff)"
				+ (consented == null ? "" : " AND kept_longer = :consented"), cutoff, consented, after, limit);
	}

	/**
	 * The form registered the applicant it could not find: they go with their last
	 * application, unless something else keeps them.
	 */
	@Override
	public boolean leaveTheirPersons() {
		return true;
	}

	@Override
	public int apply(RetentionAction action, List<String> keys) {
		return this.rows.apply(action, keys);
	}

	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		return this.rows.naming(persons);
	}

}
