package org.tutela.billing.invoice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tutela.billing.PostalAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** The seller's address, read from the controller's address as policy packs write it. */
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

}
