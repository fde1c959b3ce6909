package org.tutela.outreach;

import java.util.UUID;

/** A mailing list serving one activity of the policy pack. */
public record MailingList(UUID id, String code, String name, String activity, ListCategory category) {
}
