package org.tutela.incidents.breach;

import org.junit.jupiter.api.Test;
import org.tutela.incidents.breach.AuthorityForms.Item;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification's items follow the online form of the controller's country: the
 * Belgian authority asks for the dates before the circumstances and the data before the
 * persons; the Dutch one starts with the breach and the number of persons, then the
 * period; elsewhere the order of GDPR Art. 33(3). Every order holds every item once.
 */
class AuthorityFormsTests {

	@Test
	void theBelgianFormAsksForTheDatesFirstAndTheDataBeforeThePersons() {
		assertThat(AuthorityForms.order("BE")).containsSubsequence(Item.DATES, Item.NATURE, Item.DATA, Item.PERSONS,
				Item.CONSEQUENCES, Item.MEASURES, Item.PERSONS_TOLD);
	}

	@Test
	void theDutchFormStartsWithTheBreachAndThePersonsThenThePeriod() {
		assertThat(AuthorityForms.order("NL")).containsSubsequence(Item.NATURE, Item.PERSONS, Item.DATES, Item.DATA,
				Item.CONSEQUENCES, Item.MEASURES, Item.PERSONS_TOLD);
	}

	@Test
	void elsewhereTheArticlesOrderAndEveryOrderHoldsEveryItemOnce() {
		assertThat(AuthorityForms.order("LU")).containsSubsequence(Item.NATURE, Item.PERSONS, Item.DATA, Item.DPO,
				Item.CONSEQUENCES, Item.MEASURES);
		for (String country : new String[] { "BE", "NL", "LU" }) {
			assertThat(AuthorityForms.order(country)).containsExactlyInAnyOrder(Item.values());
		}
	}

}
