package org.tutela.recruitment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor sent through the application form, as typed: the vacancy, their name and
 * how to reach them, their motivation, the CV's file name and bytes, whether they ticked
 * the box to keep the application for other vacancies, and the page's language.
 */
public record SentApplication(UUID vacancy, @Nullable String firstName, @Nullable String lastName,
		@Nullable String email, @Nullable String phone, @Nullable String motivation, @Nullable String cvName,
		byte @Nullable [] cv, boolean keepLonger, String language) {
}
