package org.tutela.people.identifier;

/**
 * A Dutch citizen service number (BSN): nine digits (eight are zero-padded) passing the
 * eleven test {@code 9·d1 + 8·d2 + ... + 2·d8 - d9 ≡ 0 (mod 11)}. Sources: Wet algemene
 * bepalingen burgerservicenummer; python-stdnum {@code stdnum/nl/bsn.py}. Only where a
 * law provides for it (UAVG art. 46).
 */
public record Bsn(String digits) {

	public Bsn {
		if (digits.length() != 9 || !digits.chars().allMatch(Character::isDigit)) {
			throw new InvalidValue("bsn.length");
		}
	}

	public static Bsn parse(String text) {
		String digits = Digits.of(text, "bsn");
		if (digits.length() == 8) {
			digits = "0" + digits;
		}
		Bsn bsn = new Bsn(digits);
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (digits.charAt(i) - '0');
		}
		sum -= digits.charAt(8) - '0';
		if (sum % 11 != 0 || Long.parseLong(digits) == 0) {
			throw new InvalidValue("bsn.checksum");
		}
		return bsn;
	}

	/** Only the last three digits, for screens and lists. */
	public String masked() {
		return "******" + this.digits.substring(6);
	}

}
