/**
 * People: persons (data subjects), organisations, contact roles and identifiers with
 * validation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = { "audit", "identity",
		"personaldata", "platform::crypto", "platform::demo", "platform::problem" })
package org.tutela.people;
