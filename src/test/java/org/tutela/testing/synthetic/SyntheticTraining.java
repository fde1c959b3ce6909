package org.tutela.testing.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic registrations of a person, the same for the same seed and person index: two
 * in five persons never registered, the others for one to three sessions; one
 * registration in ten was cancelled; on each day of a session that is over, a participant
 * was there nine times in ten.
 */
public final class SyntheticTraining {

	private final long seed;

	public SyntheticTraining(long seed) {
		this.seed = seed;
	}

	/**
	 * One registration: which of the planned sessions, whether it was cancelled, and the
	 * days present of the first 31.
	 */
	public record Synthetic(int session, boolean cancelled, int presentDays) {

		public boolean presentOn(int day) {
			return (this.presentDays & (1 << day)) != 0;
		}

	}

	public List<Synthetic> registrations(long index, int sessions) {
		SplittableRandom random = new SplittableRandom(this.seed * 1_000_033 + index);
		int roll = random.nextInt(100);
		int count = roll < 40 ? 0 : roll < 75 ? 1 : roll < 95 ? 2 : 3;
		List<Synthetic> registrations = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int session = random.nextInt(sessions);
			if (registrations.stream().anyMatch(existing -> existing.session() == session)) {
				continue;
			}
			int present = 0;
			for (int day = 0; day < 31; day++) {
				if (random.nextInt(10) < 9) {
					present |= 1 << day;
				}
			}
			registrations.add(new Synthetic(session, random.nextInt(10) == 0, present));
		}
		return registrations;
	}

}
