/**
 * Dossiers: special-category files (medical, psychosocial, award dossiers) with their own access rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package org.tutela.dossiers;
