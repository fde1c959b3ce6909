package org.tutela.register.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tutela.register.Activity;
import org.tutela.register.InvalidPolicyPack;
import org.tutela.register.PackProblem;
import org.tutela.register.Inquiries;
import org.tutela.register.Inquiries.Subject;
import org.tutela.register.PolicyPack;
import org.tutela.register.RetentionRule;
import org.tutela.register.SpecialCondition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Broken packs stop with file, line and field named, one test per rule of the format. */
class PackReaderTests {

	private static final String VALID = """
			pack: test
			version: 2
			modified: 2026-11-01
			name: Test pack
			controllers:
			  - name: Example BV
			    address: Kerkstraat 1, 9000 Gent
			    country: BE
			    email: privacy@example.be
			dpo:
			  email: dpo@example.be
			authority:
			  name: Authority
			  url: https://authority.example
			requests:
			  deadline: 1 month
			reports:
			  threshold: 10
			clocks:
			  breach-authority: 72 hours
			activities:
			  - id: courses
			    purpose: Courses
			    basis: contract
			    subjects: [participant]
			    categories: [identity, contact]
			    access: [coordinator]
			    recipients:
			      - name: Ministry
			        type: authority
			        country: BE
			    retention:
			      - anonymise 10 years after end of calendar year of session
			    on-erasure: archive
			processors:
			  - name: Host
			    service: hosting
			    agreement: signed
			    country: BE
			purposes:
			  training-administration: courses
			  certification: [courses]
			""";

	@Test
	void aValidPackIsRead() {
		PolicyPack pack = PackReader.read("test.yaml", VALID);
		assertThat(pack.version()).isEqualTo(2);
		assertThat(pack.requestDeadline().from(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
		RetentionRule rule = pack.activity("courses").orElseThrow().retention().get(0);
		assertThat(rule).hasToString("anonymise 10 years after end of calendar year of session");
		assertThat(rule.dueFrom(LocalDate.of(2026, 3, 4))).isEqualTo(LocalDate.of(2036, 12, 31));
		assertThat(pack.refusesStorageOutsideEea()).isFalse();
	}

	@Test
	void aPackMayRefuseStorageOutsideTheEeaWhileProcessingThereIsAllowed_CER8() {
		PolicyPack pack = PackReader.read("test.yaml",
				VALID.replace("version: 2\n", "version: 2\nstorage-outside-eea: refused\n"));
		assertThat(pack.refusesStorageOutsideEea()).isTrue();
	}

	@ParameterizedTest(name = "{3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					categories: [identity, contact] | categories: [identity, gossip]       | 26 | activities[0].categories[1]
					basis: contract                 | # no basis                           | 22 | activities[0].basis
					categories: [identity, contact] | categories: [identity, special]      | 26 | activities[0].categories
					type: authority                 | # no type                            | 29 | activities[0].recipients[0].type
					type: authority                 | type: authority\\n        agreement: maybe | 31 | activities[0].recipients[0].agreement
					country: BE                     | country: US                          | 39 | processors[0].transfer
					- anonymise 10 years after end of calendar year of session | - forget it after a while | 33 | activities[0].retention[0]
					on-erasure: archive             | on-erasure: archive\\n    colour: blue | 35 | activities[0].colour
					deadline: 1 month               | deadline: 2 months                   | 16 | requests.deadline
					version: 2                      | version: 2\\nminors: maybe        | 3  | minors
					version: 2                      | version: 2\\nstorage-outside-eea: rarely | 3 | storage-outside-eea
					certification: [courses]        | certification: [courses, lessons]    | 42 | purposes.certification
					""")
	void aBrokenRuleIsNamedWithFileLineAndField(String valid, String broken, int line, String field) {
		String pack = VALID.replace(valid, broken.replace("\\n", "\n"));
		assertThat(pack).isNotEqualTo(VALID);
		assertThatThrownBy(() -> PackReader.read("policies/broken.yaml", pack))
			.isInstanceOfSatisfying(InvalidPolicyPack.class, invalid -> {
				assertThat(invalid.problems()).extracting(PackProblem::field).contains(field);
				PackProblem problem = invalid.problems()
					.stream()
					.filter(p -> p.field().equals(field))
					.findFirst()
					.orElseThrow();
				assertThat(problem.file()).isEqualTo("policies/broken.yaml");
				assertThat(problem.line()).isEqualTo(line);
				assertThat(invalid.getMessage()).contains("policies/broken.yaml, line " + line + ", " + field + ": ");
			});
	}

	@Test
	void theBillingSectionRemindsInOrderAndHandsOverOnlyToACollectionAgentTheActivitiesName() {
		assertThat(PackReader.read("policies/ours.yaml", VALID).billing()).isEqualTo(PolicyPack.Billing.NONE);
		PolicyPack.Billing reminding = PackReader
			.read("policies/ours.yaml", VALID + "billing:\n  reminders: [14 days, 30 days]\n")
			.billing();
		assertThat(reminding.reminderDays()).containsExactly(14, 30);
		assertThat(reminding.handsOver()).isFalse();
		String collecting = VALID.replace("type: authority", "type: collection-agent")
				+ "billing:\n  reminders: [14 days, 30 days]\n  hand-over: 10 days\n";
		assertThat(PackReader.read("policies/ours.yaml", collecting).billing())
			.isEqualTo(new PolicyPack.Billing(List.of(14, 30), 10));

		assertThatThrownBy(() -> PackReader.read("policies/ours.yaml",
				VALID + "billing:\n  reminders: [30 days, 14 days]\n  hand-over: 10 days\n"))
			.isInstanceOfSatisfying(InvalidPolicyPack.class,
					invalid -> assertThat(invalid.problems()).extracting(PackProblem::field)
						.containsExactly("billing.reminders[1]", "billing.hand-over"));
		assertThatThrownBy(() -> PackReader.read("policies/ours.yaml", VALID + "billing:\n  reminders: [2 weeks]\n"))
			.isInstanceOfSatisfying(InvalidPolicyPack.class,
					invalid -> assertThat(invalid.problems()).extracting(PackProblem::line, PackProblem::field)
						.containsExactly(tuple(VALID.split("\n").length + 2, "billing.reminders[0]")));
	}

	@Test
	void theInquiriesSectionRoutesEachSubjectToOneAccountOrAStaffRoleAndAsksOnlyKnownFields_CES5_MEZ1() {
		String served = VALID + "  inquiries: courses\n";
		String section = """
				inquiries:
				  subjects:
				    - id: courses
				      name: {en: Courses, nl: Opleidingen}
				      role: coordinator
				    - id: invoices
				      name: Invoices
				      account: finance-desk
				  information: [name, email, course]
				""";
		Inquiries inquiries = PackReader.read("policies/ours.yaml", served + section).inquiries();
		assertThat(inquiries.subjects()).extracting(Subject::id, Subject::role, Subject::account)
			.containsExactly(tuple("courses", "coordinator", null), tuple("invoices", null, "finance-desk"));
		assertThat(inquiries.informationFields()).containsExactlyInAnyOrder("name", "email", "course");
		assertThat(PackReader.read("policies/ours.yaml", VALID).inquiries()).isEqualTo(Inquiries.NONE);

		String broken = """
				inquiries:
				  subjects:
				    - id: courses
				      name: Courses
				      role: participant
				    - id: courses
				      name: Other
				      role: coordinator
				      account: someone
				    - id: money
				      name: Money
				      role: finance
				  information: [name, birth-date]
				""";
		assertThatThrownBy(() -> PackReader.read("policies/ours.yaml", served + broken))
			.isInstanceOfSatisfying(InvalidPolicyPack.class, invalid -> assertThat(invalid.problems())
				.extracting(PackProblem::field, PackProblem::message)
				.containsExactly(
						tuple("inquiries.subjects[0].role",
								"'participant' does not answer messages in the back office; route the subject to a"
										+ " role that does: admin, coordinator, finance"),
						tuple("inquiries.subjects[0].role",
								"the activity that answers messages gives no access to 'participant': add it to"
										+ " that activity's access, or route the subject to a role it names"),
						tuple("inquiries.subjects[1].id", "another subject has the id 'courses'"),
						tuple("inquiries.subjects[1]",
								"name either the 'account' or the 'role' its messages go to, not both"),
						tuple("inquiries.subjects[2].role",
								"the activity that answers messages gives no access to 'finance': add it to"
										+ " that activity's access, or route the subject to a role it names"),
						tuple("inquiries.information[1]",
								"'birth-date' is not one of name, email, organisation, phone, course, message"),
						tuple("inquiries.information", "an information request is answered by e-mail: ask 'email'")));
		assertThatThrownBy(() -> PackReader.read("policies/ours.yaml", VALID + section)).isInstanceOfSatisfying(
				InvalidPolicyPack.class,
				invalid -> assertThat(invalid.problems()).extracting(PackProblem::field).containsExactly("inquiries"));
	}

	@Test
	void aPurposeTheCatalogueDeclaresAndThePackLeavesOutIsNamedWithFileLineAndField() {
		PolicyPack pack = PackReader.read("policies/ours.yaml", VALID);
		assertThat(pack.activitiesServing("certification")).extracting(Activity::id).containsExactly("courses");

		assertThatThrownBy(() -> PackReader.checkServes("policies/ours.yaml", VALID, pack,
				Set.of("training-administration", "certification", "accountability")))
			.isInstanceOfSatisfying(InvalidPolicyPack.class, invalid -> assertThat(invalid.problems())
				.containsExactly(new PackProblem("policies/ours.yaml", 41, "purposes.accountability",
						"the personal-data catalogue keeps data for this purpose; name the activity it serves, or write"
								+ " 'not-kept' if this organisation keeps none")));
	}

	@Test
	void aPurposeTheOrganisationKeepsNoDataForIsNotKeptAndServesNoActivity() {
		String text = VALID + "  absenteeism-control: not-kept\n";
		PolicyPack pack = PackReader.read("policies/ours.yaml", text);
		assertThat(pack.keeps("absenteeism-control")).isFalse();
		assertThat(pack.activitiesServing("absenteeism-control")).isEmpty();
		assertThat(pack.activityServing("absenteeism-control")).isEmpty();
		assertThat(pack.keeps("certification")).as("mapped to an activity").isTrue();
		assertThat(pack.keeps("courses")).as("a purpose that is an activity's id").isTrue();
		assertThat(pack.activitiesServing("courses")).extracting(Activity::id).containsExactly("courses");

		assertThatCode(() -> PackReader.checkServes("policies/ours.yaml", text, pack,
				Set.of("certification", "absenteeism-control")))
			.as("a purpose the catalogue declares may be not kept")
			.doesNotThrowAnyException();
	}

	@Test
	void aPurposeTheCatalogueDoesNotDeclareYetMayBeMapped() {
		String text = VALID + "  absenteeism-control: courses\n";
		PolicyPack pack = PackReader.read("policies/ours.yaml", text);
		assertThat(pack.activitiesServing("absenteeism-control")).extracting(Activity::id).containsExactly("courses");
		assertThatCode(() -> PackReader.checkServes("policies/ours.yaml", text, pack,
				Set.of("training-administration", "certification")))
			.doesNotThrowAnyException();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"  absenteeism-control: not_kept"            | no activity has the id 'not_kept'
			"  absenteeism-control: [not-kept, courses]" | write 'not-kept' alone, not in a list of activities
			""")
	void notKeptIsWrittenAloneAndExactly(String line, String message) {
		assertThatThrownBy(() -> PackReader.read("policies/broken.yaml", VALID + line + "\n")).isInstanceOfSatisfying(
				InvalidPolicyPack.class,
				invalid -> assertThat(invalid.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("purposes.absenteeism-control");
					assertThat(problem.line()).isEqualTo(43);
					assertThat(problem.message()).isEqualTo(message);
				}));
	}

	@Test
	void specialCategoryDataMayRestOnOneConditionOfArticle9OrSeveral() {
		String special = VALID.replace("categories: [identity, contact]", "categories: [identity, special]");
		PolicyPack one = PackReader.read("test.yaml",
				special.replace("    basis: contract\n", "    basis: contract\n    special-condition: employment\n"));
		assertThat(one.activity("courses").orElseThrow().specialConditions())
			.containsExactly(SpecialCondition.EMPLOYMENT);
		PolicyPack two = PackReader.read("test.yaml", special.replace("    basis: contract\n",
				"    basis: contract\n    special-condition: [occupational-medicine, employment]\n"));
		assertThat(two.activity("courses").orElseThrow().specialConditions()).as("in the order of Art. 9(2)")
			.containsExactly(SpecialCondition.EMPLOYMENT, SpecialCondition.OCCUPATIONAL_MEDICINE);

		assertThatThrownBy(() -> PackReader.read("test.yaml",
				special.replace("    basis: contract\n",
						"    basis: contract\n    special-condition: [employment, gossip]\n")))
			.isInstanceOfSatisfying(InvalidPolicyPack.class,
					invalid -> assertThat(invalid.problems()).extracting(PackProblem::field)
						.containsExactly("activities[0].special-condition[1]"));
		assertThatThrownBy(() -> PackReader.read("test.yaml",
				special.replace("    basis: contract\n", "    basis: contract\n    special-condition: []\n")))
			.isInstanceOfSatisfying(InvalidPolicyPack.class,
					invalid -> assertThat(invalid.problems()).extracting(PackProblem::field)
						.contains("activities[0].special-condition", "activities[0].categories"));
	}

	@Test
	void jointControllersMustStateTheirArrangement_CES1() {
		String pack = VALID.replace("""
				    email: privacy@example.be
				""", """
				    email: privacy@example.be
				  - name: Partner BV
				    address: Kerkstraat 2, 9000 Gent
				    country: BE
				    email: privacy@partner.example.be
				""");
		assertThatThrownBy(() -> PackReader.read("joint.yaml", pack)).isInstanceOfSatisfying(InvalidPolicyPack.class,
				invalid -> assertThat(invalid.problems()).extracting(PackProblem::field)
					.containsExactly("joint-arrangement"));
		PolicyPack joint = PackReader.read("joint.yaml", pack + "joint-arrangement: Both decide together.\n");
		assertThat(joint.jointControllers()).isTrue();
	}

	@Test
	void aFileThatIsNotYamlSaysWhere() {
		assertThatThrownBy(() -> PackReader.read("bad.yaml", "pack: [unclosed\nversion: 1\n")).isInstanceOfSatisfying(
				InvalidPolicyPack.class,
				invalid -> assertThat(invalid.getMessage()).startsWith("bad.yaml, line ").contains("not valid YAML"));
	}

}
