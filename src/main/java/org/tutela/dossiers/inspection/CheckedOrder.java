package org.tutela.dossiers.inspection;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.dossiers.AttendingDoctor;
import org.tutela.dossiers.EmployeeNumberKind;
import org.tutela.dossiers.Incapacity;
import org.tutela.dossiers.Stay;

/**
 * An order that keeps every rule, its values in their canonical form: the national
 * register number as its eleven digits, the employer's number as typed and, for its blind
 * index, in capitals.
 */
public record CheckedOrder(UUID organisation, String firstName, String lastName, String language,
		@Nullable LocalDate birthDate, @Nullable String nationalNumber, @Nullable EmployeeNumberKind numberKind,
		@Nullable String employeeNumber, Stay stay, Incapacity incapacity, @Nullable AttendingDoctor attendingDoctor) {

	/**
	 * The employer's number as its blind index compares it: without surrounding space, in
	 * capitals.
	 */
	public @Nullable String canonicalEmployeeNumber() {
		return this.employeeNumber == null ? null : this.employeeNumber.toUpperCase(Locale.ROOT);
	}

}
