package org.tutela.outreach;

import org.jspecify.annotations.Nullable;

/**
 * A message that came back: from a delivery status notification (RFC 3464) or a sending
 * service's report. A hard bounce (a permanent failure, status 5.x.x) makes the address
 * invalid.
 */
public record Bounce(@Nullable String email, boolean permanent) {
}
