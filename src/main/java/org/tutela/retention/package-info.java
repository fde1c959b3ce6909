/**
 * Retention: scheduled sweeps that anonymise, delete or archive what is due; legal holds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package org.tutela.retention;
