package org.tutela.billing.invoice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tutela.billing.PeppolId;
import org.tutela.billing.PostalAddress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seller's address, read from the controller's address as policy packs write it, and
 * the number its country's register gives it, which its invoices carry.
 */
class SellerTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Havenlaan 86C, 1000 Brussel, België|BE|Havenlaan 86C|1000|Brussel",
					"Voorbeeldweg 1, 3511 AA Utrecht, Nederland|NL|Voorbeeldweg 1|3511 AA|Utrecht",
					"Voorbeeldstraat 22, Antwerpen|BE|Voorbeeldstraat 22||Antwerpen", "Brussel|BE|||Brussel" })
	void theStreetPostcodeAndCityAreReadFromThePacksAddress(String written, String country, String street,
			String postcode, String city) {
		assertThat(Seller.address(written, country)).isEqualTo(new PostalAddress(street, postcode, city, country));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "BE0403019261|0208|0403019261|0403019261",
			"NL004495445B01|0106|12345678|12345678", "NL004495445B01|9944|NL004495445B01|" })
	void aBelgianSellerCarriesItsEnterpriseNumberAndADutchOneItsKvkNumberWhenItsPeppolIdIsOne(String vat, String scheme,
			String peppolId, String register) {
		assertThat(Seller.registerNumber(vat, new PeppolId(scheme, peppolId))).isEqualTo(register);
	}

}
