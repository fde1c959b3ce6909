package org.tutela.register.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.TableDeclarations;

/**
 * The register's part of the catalogue: notice versions hold no personal data; who told a
 * client is staff data.
 */
@Component
class RegisterPersonalData implements TableDeclarations {

	@Override
	public String module() {
		return "register";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(
				DeclaredTable.withoutPersonalData("register_notice_version")
					.plain("seq", "previous_seq", "pack_id", "pack_version", "modified", "source_hash", "source",
							"fundamental", "recorded_at")
					.build(),
				DeclaredTable.about(DataSubject.ORGANISATION, "register_notice_told", "organisation_id")
					.plain("version_seq", "organisation_id", "told_at")
					.column("told_by", DataCategory.ACCOUNT, "accountability")
					.build());
	}

}
