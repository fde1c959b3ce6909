package org.tutela.billing;

/**
 * A Peppol participant identifier: the scheme from the Peppol code list (ISO 6523 ICD,
 * such as {@code 0208} for a Belgian enterprise number or {@code 0106} for a Dutch KvK
 * number) and the identifier within it.
 */
public record PeppolId(String scheme, String value) {

	@Override
	public String toString() {
		return this.scheme + ":" + this.value;
	}

}
