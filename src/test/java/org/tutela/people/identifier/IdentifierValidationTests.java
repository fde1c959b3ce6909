package org.tutela.people.identifier;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Published valid and invalid examples for every identifier type. The Belgian and Dutch
 * vectors are those of python-stdnum's documentation (be/nn, be/bis, be/vat, nl/bsn); the
 * IBANs are the examples of the ISO 13616 registry.
 */
class IdentifierValidationTests {

	@ParameterizedTest
	@CsvSource({ "85073003328, 1985-07-30, NATIONAL_REGISTER", "85.07.30-033.28, 1985-07-30, NATIONAL_REGISTER",
			"17073003384, 2017-07-30, NATIONAL_REGISTER", "98.47.28-997.65, 1998-07-28, BIS" })
	void nationalNumbersGiveTheirBirthDateAndCentury(String text, LocalDate born, NationalNumber.Kind kind) {
		NationalNumber number = NationalNumber.parse(text);
		assertThat(number.birthDate()).contains(born);
		assertThat(number.kind()).isEqualTo(kind);
	}

	@Test
	void nationalNumbersArePrintedAndMasked() {
		NationalNumber number = NationalNumber.parse("85073003328");
		assertThat(number.formatted()).isEqualTo("85.07.30-033.28");
		assertThat(number.masked()).isEqualTo("**.**.**-***.28").doesNotContain("850730");
	}

	@ParameterizedTest
	@CsvSource({ "12345678901, national-number.month", "85073003329, national-number.checksum",
			"8507300332, national-number.length", "85-07-30-033-2X, national-number.digits",
			"85133003328, national-number.month", "85023103360, national-number.day" })
	void invalidNationalNumbersSayWhichRuleTheyBreak(String text, String reason) {
		assertThatThrownBy(() -> NationalNumber.parse(text)).isInstanceOfSatisfying(InvalidValue.class,
				invalid -> assertThat(invalid.reason()).isEqualTo(reason));
	}

	@ParameterizedTest
	@CsvSource({ "0403019261, 0403.019.261", "BE0403019261, 0403.019.261", "BE 0403.019.261, 0403.019.261",
			"403019261, 0403.019.261" })
	void enterpriseNumbersAcceptTheirWrittenForms(String text, String printed) {
		EnterpriseNumber number = EnterpriseNumber.parse(text);
		assertThat(number.formatted()).isEqualTo(printed);
		assertThat(number.vat()).isEqualTo("BE0403019261");
	}

	@ParameterizedTest
	@CsvSource({ "BE0431150351, enterprise-number.checksum", "2403019261, enterprise-number.first-digit",
			"04030192, enterprise-number.length", "BE04O3019261, enterprise-number.digits" })
	void invalidEnterpriseNumbersSayWhy(String text, String reason) {
		assertThatThrownBy(() -> EnterpriseNumber.parse(text)).isInstanceOfSatisfying(InvalidValue.class,
				invalid -> assertThat(invalid.reason()).isEqualTo(reason));
	}

	@ParameterizedTest
	@CsvSource({ "111222333, 111222333", "1112.22.333, 111222333", "12345672, 012345672" })
	void bsnPassesTheElevenTest(String text, String digits) {
		assertThat(Bsn.parse(text).digits()).isEqualTo(digits);
		assertThat(Bsn.parse(text).masked()).endsWith(digits.substring(6)).doesNotContain(digits.substring(0, 6));
	}

	@ParameterizedTest
	@CsvSource({ "111252333, bsn.checksum", "000000000, bsn.checksum", "1112223333, bsn.length" })
	void invalidBsnSaysWhy(String text, String reason) {
		assertThatThrownBy(() -> Bsn.parse(text)).isInstanceOfSatisfying(InvalidValue.class,
				invalid -> assertThat(invalid.reason()).isEqualTo(reason));
	}

	@Test
	void ibansAreCheckedPerCountry() {
		assertThat(Iban.parse("be68 5390 0754 7034").value()).isEqualTo("BE68539007547034");
		assertThat(Iban.parse("BE68539007547034").formatted()).isEqualTo("BE68 5390 0754 7034");
		assertThat(Iban.parse("NL91ABNA0417164300").value()).isEqualTo("NL91ABNA0417164300");
		assertThatThrownBy(() -> Iban.parse("BE68539007547035")).isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> Iban.parse("BE6853900754703")).isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> Iban.parse("NL91ABNA041716430")).isInstanceOf(InvalidValue.class);
	}

	@Test
	void emailAddressesFollowTheMailSyntax() {
		assertThat(EmailAddress.parse(" An.Peeters@Example.BE ").value()).isEqualTo("An.Peeters@example.be");
		assertThat(EmailAddress.parse("An.Peeters@Example.BE").lookupKey()).isEqualTo("an.peeters@example.be");
		for (String invalid : new String[] { "an.peeters", "an.peeters@", "an peeters@example.be",
				"an..peeters@example.be", "an@example.nosuchtld" }) {
			assertThatThrownBy(() -> EmailAddress.parse(invalid)).as(invalid).isInstanceOf(InvalidValue.class);
		}
	}

	@ParameterizedTest
	@CsvSource({ "09 234 56 78, BE, +3292345678, +32 9 234 56 78", "0470 12 34 56, BE, +32470123456, +32 470 12 34 56",
			"020 123 4567, NL, +31201234567, +31 20 123 4567", "+31 6 12345678, BE, +31612345678, +31 6 12345678" })
	void phoneNumbersFollowTheNumberingPlanOfTheirCountry(String text, String region, String e164, String printed) {
		PhoneNumber number = PhoneNumber.parse(text, region);
		assertThat(number.e164()).isEqualTo(e164);
		assertThat(number.formatted()).isEqualTo(printed);
	}

	@ParameterizedTest
	@CsvSource({ "+32 1234, phone.invalid", "call me, phone.unreadable", "0470 12 34 5, phone.invalid" })
	void invalidPhoneNumbersSayWhy(String text, String reason) {
		assertThatThrownBy(() -> PhoneNumber.parse(text, "BE")).isInstanceOfSatisfying(InvalidValue.class,
				invalid -> assertThat(invalid.reason()).isEqualTo(reason));
	}

	@ParameterizedTest
	@CsvSource({ "be 0403.019.261, BE0403019261, BE", "NL 0044.95.445.B01, NL004495445B01, NL",
			"DE136695976, DE136695976, DE", "EL094259216, EL094259216, GR", "FR40303265045, FR40303265045, FR",
			"ATU13585627, ATU13585627, AT", "IE6433435OA, IE6433435OA, IE", "ESB58378431, ESB58378431, ES" })
	void vatNumbersOfMemberStatesKeepTheirDocumentedStructure(String text, String value, String country) {
		VatNumber number = VatNumber.parse(text);
		assertThat(number.value()).isEqualTo(value);
		assertThat(number.country()).isEqualTo(country);
	}

	@ParameterizedTest
	@CsvSource({ "BE0431150351, vat-number.checksum", "BE2403019261, vat-number.format",
			"NL004495445, vat-number.format", "DE13669597, vat-number.format", "GR094259216, vat-number.country",
			"CH123456789, vat-number.country", "0403019261, vat-number.country", "B, vat-number.country" })
	void invalidVatNumbersSayWhichRuleTheyBreak(String text, String reason) {
		assertThatThrownBy(() -> VatNumber.parse(text)).isInstanceOfSatisfying(InvalidValue.class,
				invalid -> assertThat(invalid.reason()).isEqualTo(reason));
	}

}
