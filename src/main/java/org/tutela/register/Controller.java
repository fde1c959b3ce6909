package org.tutela.register;

import org.jspecify.annotations.Nullable;

/** A controller of the processing; a pack with more than one names joint controllers (CES-1). */
public record Controller(String name, String address, String email, @Nullable String enterpriseNumber) {
}
