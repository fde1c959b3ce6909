package org.tutela.incidents;

import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request as the DPO records it: what it is, who asks, what it asks, about which client
 * organisation's data, when it was received (where the organisation is), and the legal
 * ground when the law forbids telling the client.
 */
public record NewAuthorityRequest(@Nullable AuthorityRequestKind kind, @Nullable String requester,
		@Nullable String subject, @Nullable UUID organisation, @Nullable LocalDateTime receivedAt,
		@Nullable String legalGround) {
}
