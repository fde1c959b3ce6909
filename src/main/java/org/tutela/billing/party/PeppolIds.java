package org.tutela.billing.party;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.tutela.billing.PeppolId;
import org.tutela.people.identifier.EnterpriseNumber;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.people.identifier.VatNumber;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The Peppol participant ids Tutela accepts: the schemes of the Peppol Electronic Address
 * Scheme (EAS) code list for Belgian and Dutch parties, each id checked by its register's
 * rule: {@code 0208} a Belgian enterprise number with its check, {@code 0106} a Dutch KvK
 * number of eight digits, {@code 9925} a Belgian and {@code 9944} a Dutch VAT number.
 */
public final class PeppolIds {

	private static final Map<String, Function<String, String>> SCHEMES = Map.of("0208",
			id -> EnterpriseNumber.parse(id).digits(), "0106", PeppolIds::kvkNumber, "9925", id -> vatNumber(id, "BE"),
			"9944", id -> vatNumber(id, "NL"));

	private PeppolIds() {
	}

	/**
	 * The participant id written as its scheme and its id; a broken rule is added to
	 * {@code errors} under {@code peppolScheme} or {@code peppolId}, and nothing is
	 * returned.
	 */
	public static @Nullable PeppolId read(String scheme, String id, List<FieldError> errors) {
		Function<String, String> rule = SCHEMES.get(scheme.strip());
		if (rule == null) {
			errors.add(new FieldError("peppolScheme", "billing.peppol-scheme"));
			return null;
		}
		try {
			return new PeppolId(scheme.strip(), rule.apply(id));
		}
		catch (InvalidValue broken) {
			errors.add(new FieldError("peppolId", broken.reason()));
			return null;
		}
		catch (WrongId broken) {
			errors.add(new FieldError("peppolId", broken.reason));
			return null;
		}
	}

	/** A KvK number has eight digits and no check digit (kvk.nl). */
	private static String kvkNumber(String id) {
		String digits = id.replaceAll("[\\s.]", "");
		if (!digits.matches("\\d{8}")) {
			throw new WrongId("billing.kvk-number");
		}
		return digits;
	}

	private static String vatNumber(String id, String country) {
		VatNumber number = VatNumber.parse(id);
		if (!number.country().equals(country)) {
			throw new WrongId("billing.peppol-vat-" + country.toLowerCase(Locale.ROOT));
		}
		return number.value();
	}

	/** An id that breaks its scheme's rule, with the message code that says which. */
	private static final class WrongId extends RuntimeException {

		private final String reason;

		WrongId(String reason) {
			super(reason, null, false, false);
			this.reason = reason;
		}

	}

}
