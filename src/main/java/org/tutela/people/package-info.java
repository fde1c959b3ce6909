/**
 * People: persons (data subjects), organisations, contact roles and identifiers with validation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.tutela.people;
