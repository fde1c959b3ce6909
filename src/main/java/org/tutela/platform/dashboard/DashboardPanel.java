package org.tutela.platform.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A module's part of the dashboard: the figures and lines it shows the signed-in account,
 * in that account's words. A module shows nothing to an account without its permission.
 */
public interface DashboardPanel {

	/** The panel for the signed-in account, or none. */
	Optional<Panel> panel(Locale locale);

	/** Lower values come first. */
	default int order() {
		return 100;
	}

	/** A titled panel: figures to act on, and lines (a session, a list) with a detail. */
	record Panel(String title, List<Figure> figures, List<Line> lines, String more, String link) {
	}

	/**
	 * A number with what it counts, linked to the list behind it; urgent ones stand out.
	 */
	record Figure(long count, String label, String link, Tone tone) {

		public static Figure plain(long count, String label, String link) {
			return new Figure(count, label, link, Tone.PLAIN);
		}

		/** Urgent when there is anything to count. */
		public static Figure urgent(long count, String label, String link, Tone tone) {
			return new Figure(count, label, link, count > 0 ? tone : Tone.PLAIN);
		}

	}

	/** One line of a panel: what it is, a detail, where it leads. */
	record Line(String text, String detail, String link) {
	}

	enum Tone {

		PLAIN, WARNING, DANGER

	}

}
