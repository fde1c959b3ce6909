package org.tutela.incidents.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.TableDeclarations;

/**
 * Requests of public bodies and third parties about a client's data (MEN-22): the request
 * is about the client organisation, not a person on record; who asks, what is asked, the
 * legal ground and the client's answer are kept as proof of how the request was handled.
 * The data handed over are in the disclosure log, with their persons.
 */
@Component
class AuthorityRequestsPersonalData implements TableDeclarations {

	@Override
	public String module() {
		return "incidents";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(
				DeclaredTable.about(DataSubject.ORGANISATION, "incidents_authority_request", "organisation_id")
					.plain("id", "reference", "kind", "organisation_id", "received_at", "inform_by", "recorded_at",
							"informed_at", "objection_until", "answer", "answered_at")
					.column("requester", DataCategory.PROVENANCE, "accountability")
					.column("subject", DataCategory.PROVENANCE, "accountability")
					.column("legal_ground", DataCategory.PROVENANCE, "accountability")
					.column("answer_reason", DataCategory.PROVENANCE, "accountability")
					.column("recorded_by", DataCategory.ACCOUNT, "accountability")
					.column("answered_by", DataCategory.ACCOUNT, "accountability")
					.build(),
				DeclaredTable.about(DataSubject.STAFF, "incidents_authority_hand_over", null)
					.plain("request_id", "disclosure_id", "handed_at")
					.column("handed_by", DataCategory.ACCOUNT, "accountability")
					.build());
	}

}
