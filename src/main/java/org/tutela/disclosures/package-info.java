/**
 * Disclosures: every disclosure to a recipient; authority requests and objection windows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosures")
package org.tutela.disclosures;
