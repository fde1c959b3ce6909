package org.tutela.dossiers;

/**
 * The employer's own number for a worker, where the national register number is not given
 * (CER-14).
 */
public enum EmployeeNumberKind {

	PERSONNEL_NUMBER, SUBSTITUTE_NUMBER

}
