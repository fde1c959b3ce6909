package org.tutela.register.notice;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a notice version changed against the one before: the changes field by field and
 * the lines of the pack that differ (a unified diff); the first version has neither.
 */
public record NoticeChange(NoticeVersion version, @Nullable NoticeVersion previous, List<PackChange> changes,
		List<String> diff) {

	public NoticeChange {
		changes = List.copyOf(changes);
		diff = List.copyOf(diff);
	}

}
