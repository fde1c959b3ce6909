package org.tutela.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of verifying the audit chain: how many entries were checked and, when it is
 * broken, the first broken entry and what is wrong with it.
 */
public record ChainReport(long checked, long unsealed, @Nullable Long brokenAt, @Nullable String problem) {

	public boolean intact() {
		return this.problem == null;
	}

	@Override
	public String toString() {
		return intact()
				? "Audit chain intact: " + this.checked + " entries verified, " + this.unsealed + " not sealed yet."
				: "Audit chain BROKEN at entry " + this.brokenAt + ": " + this.problem + " (" + this.checked
						+ " entries verified before it).";
	}

}
