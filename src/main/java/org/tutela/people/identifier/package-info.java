/**
 * Identifiers and contact values with their published validation rules: the Belgian
 * national register and BIS numbers, the enterprise number, VAT numbers of the member
 * states of the European Union, the Dutch BSN, IBAN, e-mail addresses and phone numbers.
 * Other modules (billing, certification) use them too.
 */
@org.springframework.modulith.NamedInterface("identifier")
@org.jspecify.annotations.NullMarked
package org.tutela.people.identifier;
