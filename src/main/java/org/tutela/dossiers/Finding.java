package org.tutela.dossiers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the controlling physician records after the examination: the conclusion with its
 * days, which the employer receives, and the findings, which nobody but the physician and
 * the head of the department reads.
 */
public record Finding(LocalDate examinedOn, Conclusion conclusion, @Nullable LocalDate justifiedUntil,
		@Nullable LocalDate resumableOn, @Nullable String findings) {

}
