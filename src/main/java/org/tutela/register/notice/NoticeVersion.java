package org.tutela.register.notice;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded version of the active pack, and so of the notice generated from it. */
public record NoticeVersion(long seq, long previousSeq, String packId, int packVersion, LocalDate modified,
		boolean fundamental, Instant recordedAt) {
}
