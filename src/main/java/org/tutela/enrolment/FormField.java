package org.tutela.enrolment;

/**
 * What a registration form may ask. Which ones it does ask follows from the pack (MEZ-1):
 * the categories of its registration activity, the national register number only for a
 * certified course when the pack has a certification activity, a remark only when the
 * pack has a remarks activity, the marketing box only when it has a marketing activity.
 */
public enum FormField {

	NAME, EMAIL, PHONE, BIRTH_DATE, JOB_FUNCTION, NATIONAL_NUMBER, REMARK, MARKETING

}
