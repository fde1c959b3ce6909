/**
 * The public holidays of Belgium and the Netherlands, for deadlines counted in working
 * days.
 */
@org.springframework.modulith.NamedInterface("holidays")
package org.tutela.platform.holidays;
