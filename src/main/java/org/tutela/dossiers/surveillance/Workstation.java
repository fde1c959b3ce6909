package org.tutela.dossiers.surveillance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Section 4, shared by every worker at a workstation or activity of a client: the
 * biological, physical or chemical agents it exposes them to.
 */
public record Workstation(UUID id, UUID organisation, String name, @Nullable String exposure) {

}
