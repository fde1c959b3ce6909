package org.tutela.outreach;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a person fills in to subscribe on the public site: their name, address and
 * language, and the consent box, unticked until they tick it themselves (SKI-6), next to
 * the wording shown.
 */
public record SubscriptionRequest(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
		@Nullable String language, boolean consent, @Nullable UUID wording) {
}
