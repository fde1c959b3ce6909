/**
 * Which database Tutela uses, decided before anything connects to it; and the tables of
 * what public forms send, each form stored once ({@link FingerprintedRows}).
 */
@org.springframework.modulith.NamedInterface("database")
package org.tutela.platform.database;
