package org.tutela.dossiers.privacy;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;

/**
 * Absenteeism controls as the retention engine reaches them: by their incident, the day
 * the employer received the conclusion (or the control was called off), from which a
 * claim can arise (CER-13). A control still under way has no incident yet and is never
 * due. Deleting one removes its findings with it; a control names its worker and the
 * contact who ordered it.
 */
@Component
public class ExpiringControls extends ExpiringFiles {

	private static final Kind KIND = new Kind("dossiers", "absenteeism controls", Set.of(DossiersPersonalData.CONTROL),
			Set.of(Anchor.INCIDENT_DATE), Set.of(RetentionAction.DELETE));

	ExpiringControls(JdbcClient jdbc) {
		super(jdbc, KIND, new Files("dossiers_control", "incident_on", List.of("worker_id", "ordered_by"),
				List.of(new Dependent("dossiers_control_finding", "control_id"))));
	}

}
