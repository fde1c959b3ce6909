/**
 * The back office's dashboard: what each module counts for the signed-in account, each
 * number linked to the list behind it; and the pages a module keeps out of the menu.
 */
@org.springframework.modulith.NamedInterface("dashboard")
package org.tutela.platform.dashboard;
