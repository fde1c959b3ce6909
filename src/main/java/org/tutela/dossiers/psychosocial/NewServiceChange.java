package org.tutela.dossiers.psychosocial;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tutela.dossiers.transfer.TransferStore.Letter;

/**
 * A client's change of service as the adviser types it: the client, its new service, that
 * service's psychosocial prevention adviser and their address or e-mail, the day of the
 * change and, optionally, the client's letter.
 */
public record NewServiceChange(@Nullable String employer, @Nullable String newService, @Nullable String newAdviser,
		@Nullable String newAdviserAddress, @Nullable LocalDate changedOn, @Nullable Letter letter) {

}
