package org.tutela.incidents;

/**
 * The notice to the persons affected by a breach in one language (GDPR Art. 34(2)): the
 * nature of the breach in clear language, the data protection officer's contact, the
 * likely consequences and the measures taken or proposed.
 */
public record BreachNotice(String language, String subject, String body) {
}
