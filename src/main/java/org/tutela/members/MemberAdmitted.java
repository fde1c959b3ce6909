package org.tutela.members;

import java.util.UUID;

import org.tutela.personaldata.PersonId;

/**
 * An application was accepted: the organisation is a member, and the person its contact
 * for the membership the pack's {@code activity} keeps. Outreach puts them on the lists
 * of the information the law requires members to receive (CES-2).
 */
public record MemberAdmitted(PersonId person, UUID organisation, String activity) {
}
