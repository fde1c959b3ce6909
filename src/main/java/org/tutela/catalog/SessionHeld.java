package org.tutela.catalog;

import java.util.UUID;

/**
 * A session took place: the end hour of its last day has passed (in the configured time
 * zone) and the organiser did not call it off. Published once per session; certification
 * issues the certificates of those who completed it.
 */
public record SessionHeld(UUID session) {
}
