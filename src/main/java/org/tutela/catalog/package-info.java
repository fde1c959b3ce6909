/**
 * Catalog: courses, sessions, locations, trainers, and accreditation and certification flags.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.tutela.catalog;
