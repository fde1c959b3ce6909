package org.tutela.catalog;

/**
 * How a course, or anything else sold, is taxed in the organiser's own country: at the
 * standard rate, or exempt as vocational training (Belgian VAT code Art. 44 §2 4°; Dutch
 * Wet OB Art. 11 lid 1 onder o; VAT Directive Art. 132(1)(i)). Billing applies it
 * wherever the place of supply is that country.
 */
public enum VatTreatment {

	STANDARD, EXEMPT

}
