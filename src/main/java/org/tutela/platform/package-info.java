/**
 * Platform: the small, boring plumbing every module shares, in named parts that modules
 * name in their {@code allowedDependencies} ({@code "platform::crypto"}): crypto, mail,
 * pdf, problem (errors as problem details), holidays, demo, spreadsheet and dashboard.
 * The clock, the database settings and the web's error, locale and request-id handling
 * are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = { "personaldata" })
package org.tutela.platform;
