package org.tutela.incidents.privacy;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.tutela.incidents.processor.ProcessorAgreementStore;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.TableDeclarations;
import org.tutela.platform.crypto.EncryptedColumn;

/**
 * The processor agreements' part of the catalogue. An agreement is between organisations:
 * the form takes no contact at the processor, only dates, countries and safeguards, and
 * sub-processors are organisations too. The signed document may carry its signatories'
 * names and functions: it is kept encrypted, as the contract it is, for accountability
 * (Art. 5(2), Art. 28(3)) while the agreement is recorded. What names staff is who
 * recorded or changed an entry, kept for accountability too.
 */
@Component
class ProcessorAgreementsPersonalData implements TableDeclarations {

	private static final String ACCOUNTABILITY = "accountability";

	@Override
	public String module() {
		return "incidents";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(
				DeclaredTable.about(DataSubject.STAFF, "incidents_processor_agreement", null)
					.plain("processor_name", "signed_on", "review_on", "storage_country", "safeguard", "safeguard_on",
							"document_name", "recorded_at", "changed_at")
					.column("document_cipher", DataCategory.PROFESSIONAL, ACCOUNTABILITY)
					.column("recorded_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
					.column("changed_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
					.build(),
				DeclaredTable.about(DataSubject.STAFF, "incidents_sub_processor", null)
					.plain("id", "processor_name", "name", "service", "country", "processes", "stores", "safeguard",
							"safeguard_on", "recorded_at")
					.column("recorded_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
					.build());
	}

	/** The signed agreements, re-encrypted with every key rotation. */
	@Bean
	static EncryptedColumn processorAgreementDocuments() {
		return ProcessorAgreementStore.DOCUMENT;
	}

}
