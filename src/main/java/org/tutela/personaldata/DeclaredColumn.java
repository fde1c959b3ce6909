package org.tutela.personaldata;

import java.util.Set;

/**
 * One column in the catalogue: its category and the purposes (register ids) it is kept
 * for. A column of category {@link DataCategory#NONE} serves no purpose of its own.
 */
public record DeclaredColumn(String name, DataCategory category, Set<String> purposes) {

	public DeclaredColumn {
		purposes = Set.copyOf(purposes);
		if (category != DataCategory.NONE && purposes.isEmpty()) {
			throw new IllegalArgumentException("Column " + name + " holds personal data but names no purpose");
		}
	}

	public boolean personal() {
		return this.category != DataCategory.NONE;
	}

}
