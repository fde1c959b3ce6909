package org.tutela.requests.fulfil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.tutela.network.Began;
import org.tutela.network.InterestKind;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredColumn;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalDataProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of record a module exports about a person, and every personal field of it,
 * has words in each language, under the keys the overview and the person's page read them
 * by: a missing one would fail the whole page (GDPR Art. 15, MEZ-10, VCK-9).
 */
@SpringBootTest
class CatalogueWordsTests {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.FRENCH);

	/**
	 * Tables about persons that no provider exports as records of their own, and why: the
	 * words test asks nothing of them, and fails once one is no longer declared.
	 */
	private static final Map<String, String> KEPT_INSIDE_OTHERS = Map.ofEntries(
			Map.entry("consent_current", "the latest of the consent choices, which are exported"),
			Map.entry("disclosure_person", "the persons of a disclosure, exported as the disclosure"),
			Map.entry("enrolment_attendance", "kept with the registration"),
			Map.entry("enrolment_evaluation_invite", "kept with the registration"),
			Map.entry("enrolment_result_disclosure", "kept with the registration"),
			Map.entry("people_import", "an import's file, about many persons"),
			Map.entry("people_erasure_mark", "what stays after an erasure, of a person no longer held"),
			Map.entry("dossiers_control_finding", "inside a confidential file, shown by its envelope"),
			Map.entry("dossiers_psychosocial_note", "inside a confidential file, shown by its envelope"),
			Map.entry("dossiers_psychosocial_copy_request", "inside a confidential file, shown by its envelope"),
			Map.entry("dossiers_health_examination", "inside a confidential file, shown by its envelope"),
			Map.entry("dossiers_health_note", "inside a confidential file, shown by its envelope"));

	/** Tables about staff whose rows are exported to the persons they name. */
	private static final Set<String> EXPORTED_ABOUT_STAFF = Set.of("disclosure");

	/** Columns whose values are codes, worded for the reader, and the codes they hold. */
	private static final Map<String, List<? extends Enum<?>>> CODES = Map.of("network_contact.began",
			List.of(Began.values()), "network_interest.kind", List.of(InterestKind.values()));

	@Autowired
	List<PersonalDataProvider> providers;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	MessageSource messages;

	@Test
	void everyExportedRecordAndEachOfItsFieldsIsWordedInEveryLanguage() {
		List<String> missing = new ArrayList<>();
		for (DeclaredTable table : exported()) {
			for (Locale language : LANGUAGES) {
				need(OverviewLabels.kindKey(table.name()), language, missing);
				// A confidential file shows only its envelope; its content is never
				// exported.
				if (table.confidentialFile() == null) {
					table.columns()
						.stream()
						.filter(DeclaredColumn::personal)
						.filter(column -> column.category() != DataCategory.PSEUDONYM)
						.forEach(column -> need(OverviewLabels.fieldKey(table.name(), column.name()), language,
								missing));
				}
			}
		}
		assertThat(missing).as("words the overview reads but no bundle holds").isEmpty();
	}

	@Test
	void everyCodeAnExportedFieldHoldsIsWordedInEveryLanguage() {
		List<String> missing = new ArrayList<>();
		CODES.forEach((column, codes) -> {
			String[] named = column.split("\\.");
			assertThat(this.catalogue.column(named[0], named[1])).as(column)
				.hasValueSatisfying(declared -> assertThat(declared.personal()).as(column + " is exported").isTrue());
			codes.forEach(code -> LANGUAGES
				.forEach(language -> need(OverviewValues.valueKey(column, code.name()), language, missing)));
		});
		assertThat(missing).as("codes the overview would show as they are stored").isEmpty();
	}

	@Test
	void theTablesLeftOutAreStillDeclaredAboutPersons() {
		assertThat(this.catalogue.tables()).filteredOn(table -> KEPT_INSIDE_OTHERS.containsKey(table.name()))
			.extracting(DeclaredTable::subject)
			.hasSize(KEPT_INSIDE_OTHERS.size())
			.containsOnly(DataSubject.PERSON);
		assertThat(exported()).extracting(DeclaredTable::name)
			.contains("billing_invoice", "billing_invoice_line", "members_application", "network_contact")
			.containsAll(EXPORTED_ABOUT_STAFF);
	}

	/**
	 * The tables a provider exports: those about persons that hold personal data, save
	 * the ones kept inside others, and the staff tables exported all the same.
	 */
	private List<DeclaredTable> exported() {
		return this.providers.stream()
			.flatMap(provider -> provider.tables().stream())
			.filter(table -> table.subject() == DataSubject.PERSON
					? table.columns().stream().anyMatch(DeclaredColumn::personal)
							&& !KEPT_INSIDE_OTHERS.containsKey(table.name())
					: EXPORTED_ABOUT_STAFF.contains(table.name()))
			.toList();
	}

	private void need(String key, Locale language, List<String> missing) {
		try {
			this.messages.getMessage(key, null, language);
		}
		catch (NoSuchMessageException absent) {
			missing.add(language + ": " + key);
		}
	}

}
