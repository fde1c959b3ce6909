/**
 * Public forms: the spam protection every form the public can send carries (SKI-11).
 */
@org.springframework.modulith.NamedInterface("forms")
package org.tutela.platform.forms;
