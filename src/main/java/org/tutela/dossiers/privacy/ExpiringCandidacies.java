package org.tutela.dossiers.privacy;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.Awards;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;

/**
 * Award candidacies as the retention engine reaches them: five years from the day the
 * candidacy was received (VCK-5), then deleted with their summary and document.
 */
@Component
public class ExpiringCandidacies extends ExpiringFiles {

	private static final Kind KIND = new Kind("dossiers", "award dossiers", Set.of(Awards.PURPOSE),
			Set.of(Anchor.COLLECTION), Set.of(RetentionAction.DELETE));

	ExpiringCandidacies(JdbcClient jdbc) {
		super(jdbc, KIND, new Files("dossiers_candidacy", "received_on", List.of("candidate_id"), List.of()));
	}

}
