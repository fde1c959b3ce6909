/**
 * People: persons (data subjects), organisations, contact roles and identifiers with
 * validation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
		allowedDependencies = { "audit", "identity", "personaldata", "platform" })
package org.tutela.people;
