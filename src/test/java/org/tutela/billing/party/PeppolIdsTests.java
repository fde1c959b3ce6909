package org.tutela.billing.party;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tutela.billing.PeppolId;
import org.tutela.platform.problem.InvalidInput.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peppol participant ids of the Belgian and Dutch schemes of the Peppol EAS list, each
 * checked by its register's rule, and kept in the form the register writes it.
 */
class PeppolIdsTests {

	@ParameterizedTest
	@CsvSource({ "0208, 0403.019.261, 0403019261", "0208, BE 0403 019 261, 0403019261", "0106, 1234 5678, 12345678",
			"9925, be0403019261, BE0403019261", "9944, NL 0044.95.445.B01, NL004495445B01" })
	void idsOfTheSupportedSchemesAreKeptAsTheirRegisterWritesThem(String scheme, String id, String kept) {
		List<FieldError> errors = new ArrayList<>();
		assertThat(PeppolIds.read(scheme, id, errors)).isEqualTo(new PeppolId(scheme, kept));
		assertThat(errors).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "0088, 5412345000013, peppolScheme, billing.peppol-scheme",
			"0208, 0403019262, peppolId, enterprise-number.checksum", "0106, 1234567, peppolId, billing.kvk-number",
			"9925, NL004495445B01, peppolId, billing.peppol-vat-be",
			"9944, BE0403019261, peppolId, billing.peppol-vat-nl", "9944, NL004495445, peppolId, vat-number.format" })
	void anIdOfAnotherSchemeOrThatBreaksItsRuleIsNamedByItsField(String scheme, String id, String field,
			String reason) {
		List<FieldError> errors = new ArrayList<>();
		assertThat(PeppolIds.read(scheme, id, errors)).isNull();
		assertThat(errors).containsExactly(new FieldError(field, reason));
	}

}
