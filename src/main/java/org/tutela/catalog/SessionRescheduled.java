package org.tutela.catalog;

import java.util.UUID;

/**
 * A session still to come moved: its days, hours or place changed. Published once the
 * change is stored; enrolment tells the participants with a place.
 */
public record SessionRescheduled(UUID session) {
}
