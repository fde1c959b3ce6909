package org.tutela.dossiers.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tutela.dossiers.AttendingDoctor;
import org.tutela.dossiers.ControlOrder;
import org.tutela.dossiers.EmployeeNumberKind;
import org.tutela.dossiers.Incapacity;
import org.tutela.dossiers.Stay;
import org.tutela.people.Organisation;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.people.identifier.NationalNumber;
import org.tutela.people.identifier.PhoneNumber;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * The rules an employer's order keeps (CER-4, CER-14), all checked before anything is
 * stored and every broken one named with its field: an organisation the contact
 * represents, under a contract in force; the worker's name, language and at least one
 * identifier; where the worker stays; an incapacity that has not ended, began less than a
 * year ago and lasts at most a year; the employer's answers on the certificate, its
 * cause, leaving home and hospitalisation; the attending doctor, if named, with a name.
 */
public final class OrderChecks {

	/** The languages a convocation can be written in. */
	private static final Set<String> LANGUAGES = Set.of("nl", "fr", "en", "de");

	/**
	 * An employer's personnel or substitute number: letters, digits, dots, slashes,
	 * dashes.
	 */
	private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9./-]{1,30}");

	private static final Pattern BELGIAN_POSTCODE = Pattern.compile("[1-9][0-9]{3}");

	private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9 -]{1,12}");

	private static final String HOME_COUNTRY = "BE";

	private OrderChecks() {
	}

	/**
	 * The order in canonical form, or {@link InvalidInput} naming every broken rule.
	 * {@code represented} are the organisations the signed-in contact is the HR contact
	 * of.
	 */
	public static CheckedOrder check(ControlOrder order, List<Organisation> represented, LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		UUID organisation = organisation(order.organisation(), represented, today, errors);
		String firstName = required("firstName", order.firstName(), TextRule.NAME, errors);
		String lastName = required("lastName", order.lastName(), TextRule.NAME, errors);
		String language = language(order.language(), errors);
		String nationalNumber = nationalNumber(order, today, errors);
		String personnel = employeeNumber("personnelNumber", order.personnelNumber(), errors);
		String substitute = employeeNumber("substituteNumber", order.substituteNumber(), errors);
		if (blank(order.nationalNumber()) && blank(order.personnelNumber()) && blank(order.substituteNumber())) {
			errors.add(new FieldError("nationalNumber", "control.identifier-required"));
		}
		Stay stay = stay(order, errors);
		Incapacity incapacity = incapacity(order, today, errors);
		AttendingDoctor doctor = doctor(order, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		EmployeeNumberKind kind = personnel != null ? EmployeeNumberKind.PERSONNEL_NUMBER
				: substitute != null ? EmployeeNumberKind.SUBSTITUTE_NUMBER : null;
		return new CheckedOrder(organisation, firstName, lastName, language, order.birthDate(), nationalNumber, kind,
				personnel != null ? personnel : substitute, stay, incapacity, doctor);
	}

	private static @Nullable UUID organisation(@Nullable UUID chosen, List<Organisation> represented, LocalDate today,
			List<FieldError> errors) {
		Organisation organisation;
		if (chosen == null && represented.size() > 1) {
			errors.add(new FieldError("organisation", "required"));
			return null;
		}
		if (chosen == null) {
			organisation = represented.isEmpty() ? null : represented.get(0);
		}
		else {
			organisation = represented.stream().filter(held -> held.id().equals(chosen)).findFirst().orElse(null);
		}
		if (organisation == null) {
			errors.add(new FieldError("organisation", "control.not-your-organisation"));
			return null;
		}
		LocalDate start = organisation.contractStart();
		LocalDate end = organisation.contractEnd();
		if (start == null || start.isAfter(today) || (end != null && end.isBefore(today))) {
			errors.add(new FieldError("organisation", "control.contract-ended"));
		}
		return organisation.id();
	}

	private static @Nullable String nationalNumber(ControlOrder order, LocalDate today, List<FieldError> errors) {
		return nationalNumber(order.nationalNumber(), order.birthDate(), today, errors);
	}

	/**
	 * A worker's national register number in canonical digits, if given, and a birth day
	 * that is plausible and agrees with it; each broken rule named with its field.
	 */
	public static @Nullable String nationalNumber(@Nullable String nationalNumber, @Nullable LocalDate born,
			LocalDate today, List<FieldError> errors) {
		if (born != null && (born.isAfter(today) || born.isBefore(today.minusYears(120)))) {
			errors.add(new FieldError("birthDate", "birth-date"));
		}
		if (nationalNumber == null || nationalNumber.isBlank()) {
			return null;
		}
		try {
			NationalNumber number = NationalNumber.parse(nationalNumber);
			if (born != null && number.birthDate().isPresent() && !number.birthDate().get().equals(born)) {
				errors.add(new FieldError("birthDate", "national-number.birth-date"));
			}
			return number.digits();
		}
		catch (InvalidValue invalid) {
			errors.add(new FieldError("nationalNumber", invalid.reason()));
			return null;
		}
	}

	private static @Nullable String employeeNumber(String field, @Nullable String value, List<FieldError> errors) {
		if (blank(value)) {
			return null;
		}
		String number = value.strip();
		if (!EMPLOYEE_NUMBER.matcher(number).matches()) {
			errors.add(new FieldError(field, "control.employee-number"));
			return null;
		}
		return number;
	}

	private static @Nullable Stay stay(ControlOrder order, List<FieldError> errors) {
		String street = required("street", order.street(), TextRule.LINE, errors);
		String city = required("city", order.city(), TextRule.LINE, errors);
		String country = blank(order.country()) ? HOME_COUNTRY : order.country().strip().toUpperCase(Locale.ROOT);
		boolean known = Set.of(Locale.getISOCountries()).contains(country);
		if (!known) {
			errors.add(new FieldError("country", "control.country"));
		}
		String postcode = blank(order.postcode()) ? null : order.postcode().strip();
		if (postcode == null) {
			errors.add(new FieldError("postcode", "required"));
		}
		else if (!(HOME_COUNTRY.equals(country) ? BELGIAN_POSTCODE : POSTCODE).matcher(postcode).matches()) {
			errors.add(new FieldError("postcode", "control.postcode"));
		}
		String phone = phone("phone", order.phone(), known ? country : HOME_COUNTRY, errors);
		return street == null || city == null || postcode == null || !known ? null
				: new Stay(street, postcode, city, country, phone);
	}

	private static @Nullable Incapacity incapacity(ControlOrder order, LocalDate today, List<FieldError> errors) {
		LocalDate from = order.incapacityFrom();
		LocalDate until = order.incapacityUntil();
		if (from == null) {
			errors.add(new FieldError("incapacityFrom", "required"));
		}
		else if (from.isBefore(today.minusYears(1))) {
			errors.add(new FieldError("incapacityFrom", "control.began-too-long-ago"));
		}
		if (until == null) {
			errors.add(new FieldError("incapacityUntil", "required"));
		}
		else if (from != null && until.isBefore(from)) {
			errors.add(new FieldError("incapacityUntil", "control.dates-out-of-order"));
		}
		else if (until.isBefore(today)) {
			errors.add(new FieldError("incapacityUntil", "control.period-over"));
		}
		else if (from != null && until.isAfter(from.plusYears(1))) {
			errors.add(new FieldError("incapacityUntil", "control.period-too-long"));
		}
		requiredChoice("certificate", order.certificate(), errors);
		requiredChoice("nature", order.nature(), errors);
		requiredChoice("mayLeaveHome", order.mayLeaveHome(), errors);
		requiredChoice("hospitalised", order.hospitalised(), errors);
		if (from == null || until == null || order.certificate() == null || order.nature() == null
				|| order.mayLeaveHome() == null || order.hospitalised() == null) {
			return null;
		}
		return new Incapacity(from, until, order.certificate(), order.nature(), order.mayLeaveHome(),
				order.hospitalised());
	}

	private static @Nullable AttendingDoctor doctor(ControlOrder order, List<FieldError> errors) {
		String address = blank(order.doctorAddress()) ? null : order.doctorAddress().strip();
		TextRule.LINE.check("doctorAddress", address, errors);
		String phone = phone("doctorPhone", order.doctorPhone(), HOME_COUNTRY, errors);
		boolean named = !blank(order.doctorName());
		if (!named && address == null && blank(order.doctorPhone())) {
			return null;
		}
		String name = required("doctorName", order.doctorName(), TextRule.NAME, errors);
		return name == null ? null : new AttendingDoctor(name, address, phone);
	}

	private static @Nullable String phone(String field, @Nullable String value, String region,
			List<FieldError> errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return PhoneNumber.parse(value.strip(), region).e164();
		}
		catch (InvalidValue invalid) {
			errors.add(new FieldError(field, invalid.reason()));
			return null;
		}
	}

	/** A language a convocation or letter can be written in, required. */
	public static @Nullable String language(@Nullable String value, List<FieldError> errors) {
		String code = blank(value) ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (code.isEmpty()) {
			errors.add(new FieldError("language", "required"));
			return null;
		}
		if (!LANGUAGES.contains(code)) {
			errors.add(new FieldError("language", "language"));
			return null;
		}
		return code;
	}

	/** A text that must be given and keep its rule, stripped. */
	public static @Nullable String required(String field, @Nullable String value, TextRule rule,
			List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(field, "required"));
			return null;
		}
		String text = value.strip();
		String problem = rule.problem(text);
		if (problem != null) {
			errors.add(new FieldError(field, problem));
			return null;
		}
		return text;
	}

	private static void requiredChoice(String field, @Nullable Object value, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, "required"));
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
