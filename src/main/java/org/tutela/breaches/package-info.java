/**
 * Breaches: the incident register, notification clocks and reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Breaches")
package org.tutela.breaches;
