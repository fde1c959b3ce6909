package org.tutela.incidents;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * Data handed over on a request: to which recipient of the register (the activity's id
 * and the recipient's name, as {@code activity::recipient}), which data categories, of
 * whom.
 */
public record AuthorityHandOver(@Nullable String recipient, @Nullable List<String> categories,
		@Nullable PersonId person) {

	/** The separator between the activity and the recipient in {@link #recipient}. */
	public static final String SEPARATOR = "::";

}
