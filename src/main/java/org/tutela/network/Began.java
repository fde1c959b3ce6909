package org.tutela.network;

/**
 * How the contact with a professional began (VCK-1). {@code UNKNOWN}: a contact from
 * before anyone recorded it, such as the legacy CRM's (VCK-2).
 */
public enum Began {

	MEETING, EVENT, PHONE, EMAIL, SOCIAL_MEDIA, REFERRAL, WEBSITE, UNKNOWN

}
