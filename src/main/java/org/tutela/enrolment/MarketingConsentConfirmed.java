package org.tutela.enrolment;

import org.tutela.personaldata.PersonId;

/**
 * A participant confirmed the "keep me informed" box they ticked on the registration
 * form, or ticked it while signed in to the portal: their consent to the pack's marketing
 * activity counts from now on (MEZ-2).
 */
public record MarketingConsentConfirmed(PersonId person, String activity) {
}
