package org.tutela.billing;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An individual order to invoice, as finance enters it: for a client organisation or for
 * a private person (one of the two), with its lines.
 */
public record NewOrder(@Nullable UUID organisation, @Nullable UUID person, @Nullable List<OrderLine> lines) {
}
