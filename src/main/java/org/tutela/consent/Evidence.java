package org.tutela.consent;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a choice was made, kept with it as proof (GDPR Art. 7(1)): the channel, the wording shown
 * (for consent given on a form, in the portal or through a link), the address and agent it came
 * from, the form, and the legal framework it was collected under (SKI-6).
 */
public record Evidence(Channel channel, @Nullable UUID wording, @Nullable String ipAddress, @Nullable String userAgent,
		@Nullable String form, Framework framework) {

	public Evidence {
		userAgent = shorten(userAgent);
	}

	/** The legal framework a choice was collected under; an earlier choice keeps its basis. */
	public enum Framework {
		GDPR, BEFORE_GDPR
	}

	/** A choice staff recorded or that arrived on paper or by import, without web evidence. */
	public static Evidence of(Channel channel) {
		return new Evidence(channel, null, null, null, null, Framework.GDPR);
	}

	/** A choice made on a web form or page, showing the given wording. */
	public static Evidence web(Channel channel, UUID wording, @Nullable String ipAddress, @Nullable String userAgent,
			String form) {
		return new Evidence(channel, wording, ipAddress, userAgent, form, Framework.GDPR);
	}

	private static @Nullable String shorten(@Nullable String agent) {
		return agent == null || agent.length() <= 300 ? agent : agent.substring(0, 300);
	}

}
