package org.tutela.dossiers.transfer;

import org.tutela.dossiers.copies.CopiedFile;
import org.tutela.personaldata.PersonId;

/**
 * A file in a transfer package: whose it is, its reference, and the file as its
 * {@code copy} fragment prints it and its JSON holds it.
 */
public record TransferredFile(PersonId worker, String reference, CopiedFile copied) {

}
