package org.tutela.consent;

import java.util.UUID;

/**
 * A published consent text: what a person is shown and agrees to, in one language and
 * version.
 */
public record Wording(UUID id, String purpose, String language, int version, String text, String hash) {
}
