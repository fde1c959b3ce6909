/**
 * Outreach: lists, newsletters, campaigns, unsubscribe, preference centre, bounces and suppression.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package org.tutela.outreach;
