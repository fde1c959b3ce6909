package org.tutela.people.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tutela.people.IdentifierKind;
import org.tutela.people.NewContact;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
import org.tutela.people.Provenance;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonChecksTests {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

	private static final ErasedPersons NOBODY_ERASED = new ErasedPersons() {

		@Override
		public boolean emailMarked(String lookupKey) {
			return false;
		}

		@Override
		public boolean nameMarked(String searchName) {
			return false;
		}

	};

	@Test
	void aPackThatForbidsMinorsRefusesThemWithAClearReason_VCK11() {
		PersonChecks adultsOnly = new PersonChecks(TODAY, () -> true, "BE", () -> "BE", NOBODY_ERASED);
		assertThatThrownBy(() -> adultsOnly.check(born(LocalDate.of(2008, 11, 24)))).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.errors()).containsExactly(new FieldError("birthDate", "minor")));
		assertThat(adultsOnly.check(born(LocalDate.of(2008, 11, 23))).birthDate())
			.isEqualTo(LocalDate.of(2008, 11, 23));
		assertThat(new PersonChecks(TODAY, () -> false, "BE", () -> "BE", NOBODY_ERASED)
			.check(born(LocalDate.of(2015, 1, 1)))
			.birthDate()).isEqualTo(LocalDate.of(2015, 1, 1));
	}

	@Test
	void aNationalNumberMustMatchTheBirthDateGiven() {
		PersonChecks checks = new PersonChecks(TODAY, () -> false, "BE", () -> "BE", NOBODY_ERASED);
		NewPerson person = new NewPerson("An", null, "Peeters", LocalDate.of(1985, 7, 31), "nl", null,
				Provenance.WEB_FORM, List.of(), List.of(),
				List.of(new NewIdentifier(IdentifierKind.NATIONAL_NUMBER, "85073003328")));
		assertThatThrownBy(() -> checks.check(person)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.errors())
					.containsExactly(new FieldError("identifiers[0].value", "national-number.birth-date")));
	}

	@Test
	void phoneNumbersWithoutCountryAreReadInTheConfiguredRegion() {
		NewPerson person = new NewPerson("Eva", null, "de Vries", null, "NL", null, Provenance.IMPORT, List.of(),
				List.of(NewContact.business("020 123 4567")), List.of());
		CheckedPerson checked = new PersonChecks(TODAY, () -> false, "NL", () -> "BE", NOBODY_ERASED).check(person);
		assertThat(checked.contacts().get(0).value()).isEqualTo("+31201234567");
		assertThat(checked.language()).isEqualTo("nl");
	}

	@Test
	void phoneNumbersWithoutCountryAreReadInThePacksCountryUnlessARegionIsConfigured() {
		NewPerson person = new NewPerson("Daan", null, "Bakker", null, "nl", null, Provenance.WEB_FORM, List.of(),
				List.of(NewContact.business("06 12345678")), List.of());
		assertThat(new PersonChecks(TODAY, () -> false, "", () -> "NL", NOBODY_ERASED).check(person)
			.contacts()
			.get(0)
			.value()).isEqualTo("+31612345678");
		assertThatThrownBy(() -> new PersonChecks(TODAY, () -> false, "BE", () -> "NL", NOBODY_ERASED).check(person))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
				.containsExactly(new FieldError("phones[0].value", "phone.invalid")));
	}

	private static NewPerson born(LocalDate date) {
		return new NewPerson("Lien", null, "Peeters", date, "nl", null, Provenance.WEB_FORM, List.of(), List.of(),
				List.of());
	}

}
