package org.tutela.dossiers.copies;

/**
 * A file in the copy for the attending physician: the template whose {@code copy}
 * fragment prints it, and what that fragment reads.
 */
public record CopiedFile(String template, Object file) {

}
