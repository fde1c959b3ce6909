package org.tutela.dossiers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.dossiers.transfer.TransferStore.Letter;

/**
 * A new service's written request for a client's files (MEN-20), as typed: the client,
 * the receiving service and its director of medical supervision, the letter's date and
 * scan, and the public key or passphrase the package is encrypted to.
 */
public record NewTransfer(@Nullable UUID organisation, @Nullable String receivingService, @Nullable String director,
		@Nullable LocalDate letterDate, @Nullable Letter letter, @Nullable String publicKey,
		@Nullable String passphrase) {

}
