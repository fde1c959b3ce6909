package org.tutela.outreach;

import java.util.List;
import java.util.UUID;

/**
 * A campaign with its progress: how many messages wait, went, were skipped at sending or
 * failed.
 */
public record Campaign(UUID id, String list, Status status, List<Variant> variants, Progress progress) {

	public Campaign {
		variants = List.copyOf(variants);
	}

	public enum Status {

		DRAFT, SENDING, SENT

	}

	public record Progress(int queued, int sent, int skipped, int failed) {

		public int total() {
			return this.queued + this.sent + this.skipped + this.failed;
		}

	}

}
