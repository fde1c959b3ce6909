/**
 * Billing: invoices, payment status, reminders, Peppol UBL and hand-over to collection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package org.tutela.billing;
