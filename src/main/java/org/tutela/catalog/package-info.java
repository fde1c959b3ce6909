/**
 * Catalog: courses, sessions, locations, trainers, and accreditation and certification
 * flags.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "identity", "personaldata", "platform::demo", "platform::problem" })
package org.tutela.catalog;
