package org.tutela.testing.synthetic;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.consent.ChoiceKind;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.NewMailingList;
import org.tutela.outreach.send.Audiences;
import org.tutela.personaldata.PersonId;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SyntheticChoicesTests {

	@Autowired
	ApplicationContext app;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailingLists lists;

	@Autowired
	Audiences audiences;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSameSeedGivesTheSameChoicesInTheDeclaredProportions() {
		SyntheticChoices choices = new SyntheticChoices(11);
		assertThat(choices.choice(4_321)).isEqualTo(new SyntheticChoices(11).choice(4_321));
		Map<ChoiceKind, Integer> counts = new EnumMap<>(ChoiceKind.class);
		int none = 0;
		for (int index = 0; index < 20_000; index++) {
			var choice = choices.choice(index);
			if (choice.isEmpty()) {
				none++;
			}
			else {
				counts.merge(choice.get().kind(), 1, Integer::sum);
			}
		}
		assertThat(counts.get(ChoiceKind.GIVEN)).isBetween(12_600, 13_400);
		assertThat(counts.get(ChoiceKind.WITHDRAWN)).isBetween(1_800, 2_200);
		assertThat(counts.get(ChoiceKind.OBJECTED)).isBetween(850, 1_150);
		assertThat(none).isBetween(3_800, 4_200);
	}

	@Test
	void loadedSubscribersMakeAnAudienceOfExactlyThoseWhoConsented() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "backoffice", "outreach.manage"));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		MailingList list = this.lists
			.create(new NewMailingList("synthetic-" + tag, "Synthetic " + tag, "marketing", ListCategory.MARKETING));
		SyntheticPeople people = new SyntheticPeople(Long.parseLong(tag.substring(0, 6), 16));
		new SyntheticLoad(this.app).load(people, 0, 300, done -> {
		});
		List<PersonId> loaded = this.jdbc.sql("SELECT id FROM people_person ORDER BY created_at DESC, id LIMIT 300")
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::of)
			.toList();
		SyntheticChoices choices = new SyntheticChoices(5);

		new SyntheticLoad(this.app).subscribe(list, loaded, choices);

		long consented = IntStream.range(0, loaded.size())
			.filter(index -> choices.choice(index).map(choice -> choice.kind() == ChoiceKind.GIVEN).orElse(false))
			.count();
		assertThat(this.audiences.count(list)).isEqualTo((int) consented).isPositive();
	}

}
