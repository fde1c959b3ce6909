package org.tutela.platform.holidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The public holidays of the countries Tutela serves, for periods that end on a working
 * day (Regulation 1182/71 Art. 3(4)):
 * <ul>
 * <li>Belgium: the ten legal holidays of the Royal Decree of 18 April 1974;</li>
 * <li>the Netherlands: the recognised holidays of the Algemene termijnenwet, Art. 3(1),
 * with King's Day on 26 April when 27 April is a Sunday (Wet Koningsdag).</li>
 * </ul>
 * Easter is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
public final class PublicHolidays {

	private static final Set<MonthDay> BELGIUM = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(7, 21),
			MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

	private static final Set<MonthDay> NETHERLANDS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 5), MonthDay.of(12, 25),
			MonthDay.of(12, 26));

	private PublicHolidays() {
	}

	/** Whether Tutela knows the country's public holidays. */
	public static boolean known(String country) {
		return country.equals("BE") || country.equals("NL");
	}

	/**
	 * Whether the day is a public holiday in the country; for a country whose holidays
	 * Tutela does not know ({@link #known}), only weekends end periods early.
	 */
	public static boolean holiday(LocalDate day, String country) {
		LocalDate easter = easter(day.getYear());
		boolean movable = day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39))
				|| day.equals(easter.plusDays(50));
		return switch (country) {
			case "BE" -> movable || BELGIUM.contains(MonthDay.from(day));
			case "NL" -> movable || NETHERLANDS.contains(MonthDay.from(day)) || day.equals(kingsDay(day.getYear()));
			default -> false;
		};
	}

	/** The day itself when it is a working day there, otherwise the next working day. */
	public static LocalDate workingDayFrom(LocalDate day, String country) {
		LocalDate result = day;
		while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY
				|| holiday(result, country)) {
			result = result.plusDays(1);
		}
		return result;
	}

	static LocalDate easter(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, dayOfMonth);
	}

	private static LocalDate kingsDay(int year) {
		LocalDate day = LocalDate.of(year, 4, 27);
		return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
	}

}
