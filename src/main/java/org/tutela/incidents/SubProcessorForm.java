package org.tutela.incidents;

import org.jspecify.annotations.Nullable;

/**
 * A sub-processor as the officer types it; {@code processes} and {@code stores} are
 * ticked boxes, present when ticked.
 */
public record SubProcessorForm(@Nullable String name, @Nullable String service, @Nullable String country,
		@Nullable String processes, @Nullable String stores, @Nullable String safeguard, @Nullable String safeguardOn) {

	public static SubProcessorForm empty() {
		return new SubProcessorForm(null, null, null, null, null, null, null);
	}

}
