/**
 * The one clock of the application, and the switch for background work on a timer.
 */
package org.tutela.platform.clock;
