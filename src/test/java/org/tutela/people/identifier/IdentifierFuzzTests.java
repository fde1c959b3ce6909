package org.tutela.people.identifier;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Identifiers typed into forms and files: whatever the text, each parser gives a value or
 * says what is wrong with it ({@link InvalidValue}), never another failure.
 */
class IdentifierFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void everyParserGivesAValueOrSaysWhatIsWrong(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		refusedOrRead(() -> NationalNumber.parse(text));
		refusedOrRead(() -> Bsn.parse(text));
		refusedOrRead(() -> EnterpriseNumber.parse(text));
		refusedOrRead(() -> VatNumber.parse(text));
		refusedOrRead(() -> Iban.parse(text));
		refusedOrRead(() -> EmailAddress.parse(text));
		refusedOrRead(() -> PhoneNumber.parse(text, "BE"));
	}

	private static void refusedOrRead(Runnable parse) {
		try {
			parse.run();
		}
		catch (InvalidValue refused) {
			// The documented answer: the reason, shown beside the field.
		}
	}

}
