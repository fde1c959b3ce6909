package org.tutela.incidents;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A sub-processor a processor engages: what it does, the country it works in, whether it
 * processes and whether it stores the data there, and the safeguard of a transfer outside
 * the EEA with its date.
 */
public record SubProcessor(UUID id, String name, String service, String country, boolean processes, boolean stores,
		@Nullable String safeguard, @Nullable LocalDate safeguardOn) {
}
