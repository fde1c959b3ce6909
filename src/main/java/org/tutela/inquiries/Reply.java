package org.tutela.inquiries;

import java.time.Instant;

/** An answer staff sent to the sender: what was written, by whom and when. */
public record Reply(String body, String sentBy, Instant sentAt) {
}
