package org.tutela.dossiers.privacy;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.psychosocial.PsychosocialCases;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;

/**
 * Psychosocial files as the retention engine reaches them: by their collection, the day
 * the request for formal psychosocial intervention was submitted, from which the file is
 * kept 20 years (MEN-24). Deleting a case removes its notes with it, and the new
 * adviser's request for it and its place in the list of a package sent.
 */
@Component
public class ExpiringPsychosocialFiles extends ExpiringFiles {

	private static final Kind KIND = new Kind("dossiers", "psychosocial files", Set.of(PsychosocialCases.PURPOSE),
			Set.of(Anchor.COLLECTION), Set.of(RetentionAction.DELETE));

	ExpiringPsychosocialFiles(JdbcClient jdbc) {
		super(jdbc, KIND,
				new Files("dossiers_psychosocial_case", "submitted_on", List.of("applicant_id"),
						List.of(new Dependent("dossiers_psychosocial_note", "case_id"),
								new Dependent("dossiers_psychosocial_copy_request", "case_id"),
								new Dependent("dossiers_psychosocial_transferred", "case_id"))));
	}

}
