package org.tutela.register;

import org.jspecify.annotations.Nullable;

/**
 * A controller of the processing, with the country it is established in; a pack with more
 * than one names joint controllers (CES-1).
 */
public record Controller(String name, String address, String country, String email, @Nullable String enterpriseNumber) {
}
