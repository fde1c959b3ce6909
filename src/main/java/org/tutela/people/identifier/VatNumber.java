package org.tutela.people.identifier;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A VAT number of a member state of the European Union: its prefix ({@code EL} for
 * Greece) and what follows, in the structure the European Commission documents for each
 * member state (VIES, "What is the structure of a VAT number?"). A Belgian number is the
 * enterprise number with {@code BE} in front and passes its check (Belgian VAT code Art.
 * 50); a Dutch one is nine digits, {@code B} and two digits. The check digits of other
 * member states are not computed: their length and characters are.
 */
public record VatNumber(String value) {

	private static final Map<String, Pattern> STRUCTURES = Map.ofEntries(Map.entry("AT", Pattern.compile("U\\d{8}")),
			Map.entry("BE", Pattern.compile("[01]\\d{9}")), Map.entry("BG", Pattern.compile("\\d{9,10}")),
			Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")), Map.entry("CZ", Pattern.compile("\\d{8,10}")),
			Map.entry("DE", Pattern.compile("\\d{9}")), Map.entry("DK", Pattern.compile("\\d{8}")),
			Map.entry("EE", Pattern.compile("\\d{9}")), Map.entry("EL", Pattern.compile("\\d{9}")),
			Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")), Map.entry("FI", Pattern.compile("\\d{8}")),
			Map.entry("FR", Pattern.compile("[A-HJ-NP-Z0-9]{2}\\d{9}")), Map.entry("HR", Pattern.compile("\\d{11}")),
			Map.entry("HU", Pattern.compile("\\d{8}")),
			Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W]")),
			Map.entry("IT", Pattern.compile("\\d{11}")), Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
			Map.entry("LU", Pattern.compile("\\d{8}")), Map.entry("LV", Pattern.compile("\\d{11}")),
			Map.entry("MT", Pattern.compile("\\d{8}")), Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
			Map.entry("PL", Pattern.compile("\\d{10}")), Map.entry("PT", Pattern.compile("\\d{9}")),
			Map.entry("RO", Pattern.compile("[1-9]\\d{1,9}")), Map.entry("SE", Pattern.compile("\\d{12}")),
			Map.entry("SI", Pattern.compile("\\d{8}")), Map.entry("SK", Pattern.compile("\\d{10}")));

	public VatNumber {
		String prefix = value.length() < 2 ? "" : value.substring(0, 2);
		if (!STRUCTURES.containsKey(prefix)) {
			throw new InvalidValue("vat-number.country");
		}
		if (!STRUCTURES.get(prefix).matcher(value.substring(2)).matches()) {
			throw new InvalidValue("vat-number.format");
		}
		if (prefix.equals("BE")) {
			try {
				EnterpriseNumber.parse(value.substring(2));
			}
			catch (InvalidValue wrongCheck) {
				throw new InvalidValue("vat-number.checksum");
			}
		}
	}

	/**
	 * Accepts the number with spaces, dots and dashes and in lower case, as people copy
	 * it: {@code be 0403.019.261}, {@code NL 0012.34.567.B01}.
	 */
	public static VatNumber parse(String text) {
		return new VatNumber(text.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT));
	}

	/**
	 * The member state's ISO 3166 code: the prefix, except Greece's, whose VAT numbers
	 * start with {@code EL}.
	 */
	public String country() {
		String prefix = this.value.substring(0, 2);
		return prefix.equals("EL") ? "GR" : prefix;
	}

}
