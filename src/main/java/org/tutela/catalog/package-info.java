/**
 * Catalog: courses, sessions, locations, trainers, and accreditation and certification
 * flags.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "identity", "personaldata", "platform" })
package org.tutela.catalog;
