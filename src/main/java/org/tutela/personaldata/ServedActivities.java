package org.tutela.personaldata;

import java.util.List;
import java.util.Locale;

/**
 * The catalogue's purposes as the active policy reads them: the processing activities
 * each purpose serves, named as persons read them, and the staff roles they give access.
 * The register implements it, so that modules it depends on (people) can show what data
 * serves, and to whom, without depending on it.
 */
public interface ServedActivities {

	/**
	 * The names of the activities serving {@code purpose}, in the pack's order, in the
	 * reader's language.
	 */
	List<String> names(String purpose, Locale locale);

	/**
	 * The staff roles, as the pack names them ({@code psychosocial-adviser}), that the
	 * activities serving {@code purpose} give access to its data: need to know is per
	 * activity, so special-category data is shown only to these roles (MEN-11).
	 */
	List<String> access(String purpose);

}
