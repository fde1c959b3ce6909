package org.tutela.personaldata;

import java.util.List;
import java.util.Locale;

/**
 * The catalogue's purposes as the active policy reads them: the processing activities
 * each purpose serves, named as persons read them. The register implements it, so that
 * modules it depends on (people) can show what data serves without depending on it.
 */
public interface ServedActivities {

	/**
	 * The names of the activities serving {@code purpose}, in the pack's order, in the
	 * reader's language.
	 */
	List<String> names(String purpose, Locale locale);

}
