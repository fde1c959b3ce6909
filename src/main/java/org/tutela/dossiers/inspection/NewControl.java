package org.tutela.dossiers.inspection;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.dossiers.AttendingDoctor;
import org.tutela.dossiers.Channel;
import org.tutela.dossiers.EmployeeNumberKind;
import org.tutela.dossiers.Incapacity;
import org.tutela.dossiers.Stay;
import org.tutela.personaldata.PersonId;

/**
 * A checked order, ready to store: {@code employeeNumberIndex} is the blind index of the
 * employer's number, scoped to that employer.
 */
public record NewControl(UUID id, String reference, PersonId worker, UUID organisation, @Nullable PersonId orderedBy,
		Channel channel, Instant orderedAt, String enteredBy, @Nullable EmployeeNumberKind numberKind,
		@Nullable String employeeNumber, @Nullable String employeeNumberIndex, Stay stay, Incapacity incapacity,
		@Nullable AttendingDoctor attendingDoctor) {

}
