/**
 * Certification: certificates with public verification, validity and refresher reminders, reports to authorities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification")
package org.tutela.certification;
