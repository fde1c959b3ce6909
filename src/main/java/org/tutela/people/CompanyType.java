package org.tutela.people;

/**
 * The client category a prevention service assigns by the size and risk of the employer
 * (MEN-4: A, B, C, D, E, or M for members).
 */
public enum CompanyType {

	A, B, C, D, E, M

}
