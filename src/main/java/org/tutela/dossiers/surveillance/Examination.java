package org.tutela.dossiers.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.AccountId;

/**
 * An examination in section 2 of a health file: its findings, which stay with the
 * physician, and its assessment, which the employer and the worker receive once issued.
 */
public record Examination(UUID id, UUID file, LocalDate examinedOn, AccountId physician, @Nullable String findings,
		Assessment assessment, @Nullable Instant issuedAt, @Nullable Instant handedAt) {

}
