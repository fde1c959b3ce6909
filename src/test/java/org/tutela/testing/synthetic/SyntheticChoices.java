package org.tutela.testing.synthetic;

import java.util.Optional;
import java.util.SplittableRandom;

import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;

/**
 * Synthetic choices about a purpose, the same for the same seed and person index: two in
 * three persons consented, one in ten withdrew, one in twenty objected, and the rest
 * never chose; each made on one of the channels a real organisation receives choices on.
 */
public final class SyntheticChoices {

	private static final Channel[] CHANNELS = { Channel.FORM, Channel.PORTAL, Channel.PAPER, Channel.IMPORT,
			Channel.EMAIL_LINK, Channel.STAFF };

	private final long seed;

	public SyntheticChoices(long seed) {
		this.seed = seed;
	}

	public record Synthetic(ChoiceKind kind, Channel channel) {
	}

	public Optional<Synthetic> choice(long index) {
		SplittableRandom random = new SplittableRandom(this.seed * 1_000_003 + index);
		int roll = random.nextInt(100);
		Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
		if (roll < 65) {
			// Consent on a form, in the portal or by link needs the wording shown;
			// synthetic consent comes on paper.
			return Optional.of(new Synthetic(ChoiceKind.GIVEN,
					channel == Channel.FORM || channel == Channel.PORTAL || channel == Channel.EMAIL_LINK
							? Channel.PAPER : channel));
		}
		if (roll < 75) {
			return Optional.of(new Synthetic(ChoiceKind.WITHDRAWN, channel));
		}
		if (roll < 80) {
			return Optional.of(new Synthetic(ChoiceKind.OBJECTED, channel));
		}
		return Optional.empty();
	}

}
