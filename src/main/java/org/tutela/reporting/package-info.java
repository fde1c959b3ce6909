/**
 * Reporting: aggregate reports with k-anonymity thresholds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.tutela.reporting;
