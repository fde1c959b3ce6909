package org.tutela.dossiers.privacy;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;

/**
 * Health files as the retention engine reaches them: by their last contact, the day of
 * the last examination or entry in the file (MEN-24: kept 40 years, Code on well-being at
 * work, Book I, Title 4). Deleting a file removes its examinations and notes; a
 * workstation is no one's personal data and stays.
 */
@Component
public class ExpiringHealthFiles extends ExpiringFiles {

	private static final Kind KIND = new Kind("dossiers", "health files", Set.of(DossiersPersonalData.SURVEILLANCE),
			Set.of(Anchor.LAST_CONTACT), Set.of(RetentionAction.DELETE));

	ExpiringHealthFiles(JdbcClient jdbc) {
		super(jdbc, KIND,
				new Files("dossiers_health_file", "last_contact_on", List.of("worker_id"),
						List.of(new Dependent("dossiers_health_examination", "file_id"),
								new Dependent("dossiers_health_note", "file_id"))));
	}

}
