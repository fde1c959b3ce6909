package org.tutela.enrolment;

public enum RegistrationStatus {

	CONFIRMED, WAITING, CANCELLED

}
