package org.tutela.consent;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a choice was made, kept with it as proof (GDPR Art. 7(1)): the channel, the wording
 * the person saw, the address and agent it came from, the form, the legal framework it
 * was collected under (SKI-6), and for consent staff record from a signed paper form or
 * the person's own e-mail, where that proof is kept.
 */
public record Evidence(Channel channel, @Nullable UUID wording, @Nullable String ipAddress, @Nullable String userAgent,
		@Nullable String form, Framework framework, @Nullable String reference) {

	public Evidence {
		userAgent = shorten(userAgent);
	}

	/**
	 * The legal framework a choice was collected under; an earlier choice keeps its
	 * basis.
	 */
	public enum Framework {

		GDPR, BEFORE_GDPR

	}

	/** A choice made on a page or through a link: the person acted themselves. */
	public Evidence(Channel channel, @Nullable UUID wording, @Nullable String ipAddress, @Nullable String userAgent,
			@Nullable String form, Framework framework) {
		this(channel, wording, ipAddress, userAgent, form, framework, null);
	}

	/**
	 * A withdrawal or objection staff recorded or that arrived by import, without web
	 * evidence.
	 */
	public static Evidence of(Channel channel) {
		return new Evidence(channel, null, null, null, null, Framework.GDPR);
	}

	/** A choice made on a web form or page, showing the given wording. */
	public static Evidence web(Channel channel, UUID wording, @Nullable String ipAddress, @Nullable String userAgent,
			String form) {
		return new Evidence(channel, wording, ipAddress, userAgent, form, Framework.GDPR);
	}

	/**
	 * Consent the person gave on a signed paper form or in their own e-mail, recorded by
	 * staff: the wording they agreed to and where the form or the mail is kept.
	 */
	public static Evidence received(Channel channel, @Nullable UUID wording, @Nullable String reference) {
		return new Evidence(channel, wording, null, null, null, Framework.GDPR, reference);
	}

	private static @Nullable String shorten(@Nullable String agent) {
		return agent == null || agent.length() <= 300 ? agent : agent.substring(0, 300);
	}

}
