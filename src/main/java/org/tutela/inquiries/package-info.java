/**
 * Inquiries: contact forms, information and brochure requests, membership and job applications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inquiries")
package org.tutela.inquiries;
