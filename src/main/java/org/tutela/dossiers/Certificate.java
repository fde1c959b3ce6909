package org.tutela.dossiers;

/**
 * Whether the employer received a first certificate of incapacity or an extension
 * (CER-4).
 */
public enum Certificate {

	FIRST, EXTENSION

}
