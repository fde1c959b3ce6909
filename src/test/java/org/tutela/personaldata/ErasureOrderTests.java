package org.tutela.personaldata;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order modules give up a person's data in comes from the declarations alone: rows
 * that point at another module's rows go first, the person record's module last, and a
 * circle of references stops the start.
 */
class ErasureOrderTests {

	@Test
	void rowsThatPointGoBeforeTheRowsTheyPointAtAndThePersonRecordLast() {
		List<String> order = ErasureOrder
			.of(List.of(module("people", DeclaredTable.about(DataSubject.PERSON, "people_person", "id")),
					module("catalog", DeclaredTable.withoutPersonalData("catalog_session")),
					module("enrolment",
							DeclaredTable.about(DataSubject.PERSON, "enrolment_registration", "participant_id")
								.references("catalog_session")),
					module("certification",
							DeclaredTable.about(DataSubject.PERSON, "certification_certificate", "person_id")
								.references("enrolment_registration"))));

		assertThat(order).containsExactly("certification", "enrolment", "catalog", "people");
	}

	@Test
	void tablesThatPointAtEachOtherInACircleStopTheStart() {
		assertThatThrownBy(() -> ErasureOrder
			.of(List.of(module("ledger", DeclaredTable.withoutPersonalData("ledger_entry").references("invoice_line")),
					module("invoicing", DeclaredTable.withoutPersonalData("invoice_line").references("ledger_entry")))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("invoicing")
			.hasMessageContaining("ledger");
	}

	private static TableDeclarations module(String name, DeclaredTable.Builder table) {
		DeclaredTable declared = table.build();
		return new TableDeclarations() {

			@Override
			public String module() {
				return name;
			}

			@Override
			public List<DeclaredTable> tables() {
				return List.of(declared);
			}

		};
	}

}
