package org.tutela.catalog;

import java.util.UUID;

/** A room sessions take place in. */
public record Room(UUID id, String name, String address, int capacity) {
}
