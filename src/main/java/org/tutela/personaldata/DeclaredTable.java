package org.tutela.personaldata;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * A table in the catalogue, every column of it declared. The subject column links a row
 * to the person it is about, so that merges and requests can find all of a person's rows.
 * {@code references} names the other tables its rows point at: rows that point go before
 * the rows they point at, whoever erases them. {@code confidentialFile} names the kind of
 * file ({@code medical}) for tables whose rows are such files: anyone may learn that one
 * exists, only those it is entrusted to what it holds (MEN-17). {@code readWith} names
 * the authority staff need to see its rows among a person's data, where the module's own
 * pages show them to those staff only.
 */
public record DeclaredTable(String name, DataSubject subject, @Nullable String subjectColumn,
		List<DeclaredColumn> columns, Set<String> references, @Nullable String confidentialFile,
		@Nullable String readWith) {

	public DeclaredTable {
		columns = List.copyOf(columns);
		references = Set.copyOf(references);
	}

	/**
	 * Whether this is the person record itself: a table about persons whose subject
	 * column is its own key.
	 */
	public boolean personRecord() {
		return this.subject == DataSubject.PERSON && "id".equals(this.subjectColumn);
	}

	/**
	 * The personal fields of one row of this table, as exported: columns of category
	 * {@link DataCategory#NONE} and empty values left out. Column names are matched
	 * without regard to case, as databases report them differently. The label says what
	 * the row is, where a plain column (a kind, a role) tells it.
	 */
	public PersonalRecord record(@Nullable String label, Map<String, ?> row) {
		Map<String, Object> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		byName.putAll(row);
		Map<String, String> fields = new LinkedHashMap<>();
		Set<String> purposes = new TreeSet<>();
		for (DeclaredColumn column : this.columns) {
			Object value = byName.get(column.name());
			if (column.personal() && value != null) {
				fields.put(column.name(), text(value));
				purposes.addAll(column.purposes());
			}
		}
		return new PersonalRecord(this.name, label, purposes, fields);
	}

	/**
	 * A moment as an ISO instant whichever database it came from: PostgreSQL's driver
	 * gives a {@link Timestamp}, whose text is in the JVM's zone without saying so, H2 an
	 * offset date-time.
	 */
	private static String text(Object value) {
		if (value instanceof Timestamp moment) {
			return moment.toInstant().toString();
		}
		return value instanceof OffsetDateTime moment ? moment.toInstant().toString() : value.toString();
	}

	/** Starts a table about a subject; {@code subjectColumn} holds the subject's id. */
	public static Builder about(DataSubject subject, String name, @Nullable String subjectColumn) {
		return new Builder(name, subject, subjectColumn);
	}

	/** Starts a table that holds no personal data; its columns are still declared. */
	public static Builder withoutPersonalData(String name) {
		return new Builder(name, DataSubject.NOBODY, null);
	}

	public static final class Builder {

		private final String name;

		private final DataSubject subject;

		private final @Nullable String subjectColumn;

		private final List<DeclaredColumn> columns = new ArrayList<>();

		private final Set<String> references = new TreeSet<>();

		private @Nullable String confidentialFile;

		private @Nullable String readWith;

		private Builder(String name, DataSubject subject, @Nullable String subjectColumn) {
			this.name = name;
			this.subject = subject;
			this.subjectColumn = subjectColumn;
		}

		/** Columns that hold no personal data: keys, versions, record timestamps. */
		public Builder plain(String... names) {
			for (String column : names) {
				this.columns.add(new DeclaredColumn(column, DataCategory.NONE, Set.of()));
			}
			return this;
		}

		public Builder column(String column, DataCategory category, String... purposes) {
			this.columns.add(new DeclaredColumn(column, category, Set.of(purposes)));
			return this;
		}

		/**
		 * Rows of this table point at rows of {@code table}, another module's: they leave
		 * first.
		 */
		public Builder references(String table) {
			this.references.add(table);
			return this;
		}

		/**
		 * Each row is a confidential file of this kind ({@code medical}): its existence
		 * is shown to the person and to staff entitled to it, its content only where its
		 * module decides.
		 */
		public Builder confidentialFile(String kind) {
			this.confidentialFile = kind;
			return this;
		}

		/**
		 * Staff see its rows among a person's data only when they hold this authority
		 * ({@code inquiries.answer}), as the module's own pages show them to them only.
		 */
		public Builder readWith(String authority) {
			this.readWith = authority;
			return this;
		}

		public DeclaredTable build() {
			return new DeclaredTable(this.name, this.subject, this.subjectColumn, this.columns, this.references,
					this.confidentialFile, this.readWith);
		}

	}

}
