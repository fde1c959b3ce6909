package org.tutela.dossiers;

/**
 * What the certificate says the incapacity comes from, as far as the employer knows it
 * (CER-4).
 */
public enum IncapacityNature {

	ILLNESS, ACCIDENT, WORK_ACCIDENT, UNKNOWN

}
