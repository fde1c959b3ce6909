/**
 * Platform: the small, boring plumbing every module shares: the clock, database settings,
 * demo data, and the web's error, locale and request-id handling. Its root package is its
 * API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = { "personaldata" })
package org.tutela.platform;
