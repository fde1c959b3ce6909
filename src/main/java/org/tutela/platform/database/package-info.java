/**
 * Which database Tutela uses, decided before anything connects to it.
 */
@org.springframework.modulith.NamedInterface("database")
package org.tutela.platform.database;
