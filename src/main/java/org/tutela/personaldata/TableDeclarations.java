package org.tutela.personaldata;

import java.util.List;

/**
 * A module's part of the personal-data catalogue: every table it owns, every column of it
 * declared (ALL-1). Modules whose tables hold data about persons implement
 * {@link PersonalDataProvider} instead.
 */
public interface TableDeclarations {

	/**
	 * The module, as people read it on the privacy view: {@code people},
	 * {@code enrolment}.
	 */
	String module();

	List<DeclaredTable> tables();

}
