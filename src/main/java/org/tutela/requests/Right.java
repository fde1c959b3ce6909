package org.tutela.requests;

/** The rights a person can exercise (GDPR Art. 15-18, 20, 21 and 7(3)). */
public enum Right {

	ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, OBJECTION, WITHDRAWAL

}
