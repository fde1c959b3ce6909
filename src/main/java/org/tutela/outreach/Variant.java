package org.tutela.outreach;

import org.jspecify.annotations.Nullable;

/**
 * A campaign's text in one language. The body is plain text; the links to leave are added
 * below it.
 */
public record Variant(@Nullable String language, @Nullable String subject, @Nullable String body) {
}
