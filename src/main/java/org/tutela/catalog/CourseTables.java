package org.tutela.catalog;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.platform.DeclaredTable;
import org.tutela.platform.TableDeclarations;

@Component
class CourseTables implements TableDeclarations {

	@Override
	public String module() {
		return "catalog";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(DeclaredTable.withoutPersonalData("catalog_course")
			.plain("id", "code", "title", "language", "certified", "created_at")
			.build());
	}

}
