package org.tutela.people;

/**
 * At the end of a client's contract: how many persons lost their contact roles, and how
 * many kept them.
 */
public record ContactsEnded(int ended, int kept) {
}
