package org.tutela.people.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Belgian national register number (INSZ/NISS) or BIS number: {@code YYMMDD SSS CC}.
 * The check digits are {@code 97 - (first nine digits mod 97)}; for births from 2000 on,
 * {@code 97 - ((2 000 000 000 + first nine) mod 97)}, so the variant that matches gives
 * the century. A BIS number adds 20 (sex unknown) or 40 (sex known) to the month. Month
 * or day 00 means unknown. Sources: Royal Decree of 8 February 1991 and IBZ instruction
 * IT000; python-stdnum {@code stdnum/be/nn.py} and {@code stdnum/be/bis.py}.
 */
public record NationalNumber(String digits) {

	public enum Kind {

		NATIONAL_REGISTER, BIS

	}

	public NationalNumber {
		if (digits.length() != 11 || !digits.chars().allMatch(Character::isDigit)) {
			throw new InvalidValue("national-number.length");
		}
	}

	/** Accepts the printed form {@code YY.MM.DD-SSS.CC} and other common separators. */
	public static NationalNumber parse(String text) {
		NationalNumber number = new NationalNumber(Digits.of(text, "national-number"));
		int month = number.rawMonth();
		if (month > 52 || (month > 12 && month < 20) || (month > 32 && month < 40)) {
			throw new InvalidValue("national-number.month");
		}
		if (number.day() > 31) {
			throw new InvalidValue("national-number.day");
		}
		number.century();
		if (number.month() > 0 && number.day() > 0) {
			try {
				LocalDate.of(number.year(), number.month(), number.day());
			}
			catch (DateTimeException impossible) {
				throw new InvalidValue("national-number.day");
			}
		}
		return number;
	}

	public Kind kind() {
		return rawMonth() > 12 ? Kind.BIS : Kind.NATIONAL_REGISTER;
	}

	/** The birth date, when the number gives it whole (month and day are not 00). */
	public Optional<LocalDate> birthDate() {
		if (month() == 0 || day() == 0) {
			return Optional.empty();
		}
		return Optional.of(LocalDate.of(year(), month(), day()));
	}

	/** The printed form, {@code YY.MM.DD-SSS.CC}. */
	public String formatted() {
		return this.digits.substring(0, 2) + '.' + this.digits.substring(2, 4) + '.' + this.digits.substring(4, 6) + '-'
				+ this.digits.substring(6, 9) + '.' + this.digits.substring(9);
	}

	/**
	 * Only the check digits, for screens and lists: the rest would give away the birth
	 * date.
	 */
	public String masked() {
		return "**.**.**-***." + this.digits.substring(9);
	}

	private int year() {
		return century() + Integer.parseInt(this.digits.substring(0, 2));
	}

	private int month() {
		return rawMonth() % 20;
	}

	private int rawMonth() {
		return Integer.parseInt(this.digits.substring(2, 4));
	}

	private int day() {
		return Integer.parseInt(this.digits.substring(4, 6));
	}

	private int century() {
		long first = Long.parseLong(this.digits.substring(0, 9));
		int check = Integer.parseInt(this.digits.substring(9));
		if (97 - (first % 97) == check) {
			return 1900;
		}
		if (97 - ((2_000_000_000L + first) % 97) == check) {
			return 2000;
		}
		throw new InvalidValue("national-number.checksum");
	}

}
