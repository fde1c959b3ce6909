package org.tutela.dossiers.psychosocial;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.dossiers.transfer.TransferStore.Transfer.Seal;

/**
 * A package of psychosocial cases sent to the new service's adviser, as its record keeps
 * it: how it was sealed, how many files it held and its checksum, never the package.
 */
public record CaseTransfer(UUID id, String reference, UUID change, Seal sealedWith, @Nullable String keyFingerprint,
		int files, String packageSha256, Instant madeAt) {

}
