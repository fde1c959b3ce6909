package org.tutela.register.record;

import java.util.List;

/**
 * One processing activity of the record (GDPR Art. 30(1)), in the reader's language: the
 * fields Art. 30 asks for, and MEN-9's "who has access" and "outside Belgium?".
 */
public record RecordRow(String id, String purpose, String basis, String specialCondition, String subjects,
		String categories, String access, String recipients, String abroad, String retention, String onErasure) {

	/** The column headers' message codes, in the order of the fields. */
	static final List<String> COLUMNS = List.of("id", "purpose", "basis", "special", "subjects", "categories", "access",
			"recipients", "abroad", "retention", "on-erasure");

	List<String> values() {
		return List.of(this.id, this.purpose, this.basis, this.specialCondition, this.subjects, this.categories,
				this.access, this.recipients, this.abroad, this.retention, this.onErasure);
	}

}
