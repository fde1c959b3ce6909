package org.tutela.dossiers;

import org.jspecify.annotations.Nullable;

/**
 * A control's whole file, health data included: only for the physician it is assigned to
 * and the head of that physician's department.
 */
public record ControlFile(ControlSummary control, @Nullable EmployeeNumberKind numberKind,
		@Nullable String employeeNumber, Stay stay, Incapacity incapacity, @Nullable AttendingDoctor attendingDoctor,
		@Nullable Finding finding) {

}
