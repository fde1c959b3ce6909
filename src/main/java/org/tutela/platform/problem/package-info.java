/**
 * The failures a module reports to the web as problem details: not found, conflict,
 * invalid input.
 */
@org.springframework.modulith.NamedInterface("problem")
package org.tutela.platform.problem;
