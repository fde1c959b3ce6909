package org.tutela.outreach;

import java.time.Instant;
import java.util.UUID;

import org.tutela.personaldata.PersonId;

/**
 * A click in a campaign message that staff may follow up (VCK-4): who, in which campaign,
 * on what, when.
 */
public record ClickToFollow(long seq, UUID campaign, String subject, PersonId person, String url, Instant clickedAt) {
}
