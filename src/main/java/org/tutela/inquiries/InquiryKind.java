package org.tutela.inquiries;

/** A message through the contact form, or a request for information (a brochure). */
public enum InquiryKind {

	CONTACT, INFORMATION

}
