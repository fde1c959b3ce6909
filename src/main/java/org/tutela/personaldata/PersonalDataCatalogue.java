package org.tutela.personaldata;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-data catalogue: every module's declared tables, and the operations that
 * reach all data about a person through the providers (export, merge, erase,
 * restriction). It also compares the declarations with the live schema (ALL-1).
 */
@Component
public class PersonalDataCatalogue {

	private final List<TableDeclarations> modules;

	private final List<PersonalDataProvider> providers;

	private final List<String> order;

	private final DataSource dataSource;

	PersonalDataCatalogue(List<TableDeclarations> modules, DataSource dataSource) {
		this.modules = List.copyOf(modules);
		this.order = ErasureOrder.of(this.modules);
		this.providers = modules.stream()
			.filter(PersonalDataProvider.class::isInstance)
			.map(PersonalDataProvider.class::cast)
			.sorted(Comparator.comparingInt(provider -> this.order.indexOf(provider.module())))
			.toList();
		this.dataSource = dataSource;
	}

	/**
	 * The modules in the order they give up a person's data, for requests and retention
	 * sweeps alike: those whose rows point at others' first, the person record's own
	 * module last.
	 */
	public List<String> erasureOrder() {
		return this.order;
	}

	/**
	 * The module that keeps the person record itself, whose rows every other module's
	 * point at: the last in the erasure order, as it keeps the person while anything else
	 * does.
	 */
	public String personRecordModule() {
		return this.order.get(this.order.size() - 1);
	}

	public List<DeclaredTable> tables() {
		return this.modules.stream().flatMap(module -> module.tables().stream()).toList();
	}

	/**
	 * Every purpose a declared column is kept for: what the policy pack must map to its
	 * activities.
	 */
	public Set<String> purposes() {
		Set<String> purposes = new TreeSet<>();
		tables().forEach(table -> table.columns().forEach(column -> purposes.addAll(column.purposes())));
		return purposes;
	}

	/**
	 * The kind of confidential file ({@code medical}) the table's rows are, if they are
	 * such files.
	 */
	public Optional<String> confidentialFile(String table) {
		return declared(table).map(DeclaredTable::confidentialFile);
	}

	/**
	 * The authority staff need to see the table's rows among a person's data, if it asks
	 * for one.
	 */
	public Optional<String> readWith(String table) {
		return declared(table).map(DeclaredTable::readWith);
	}

	private Optional<DeclaredTable> declared(String table) {
		return tables().stream().filter(declared -> declared.name().equals(table)).findFirst();
	}

	/** The declaration of a column, by the names a {@link PersonalRecord} gives it. */
	public Optional<DeclaredColumn> column(String table, String column) {
		return tables().stream()
			.filter(declared -> declared.name().equals(table))
			.flatMap(declared -> declared.columns().stream())
			.filter(declared -> declared.name().equals(column))
			.findFirst();
	}

	/**
	 * Everything held about the person, per module, in the order the providers give it.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<PersonalRecord>> export(PersonId person) {
		Map<String, List<PersonalRecord>> held = new LinkedHashMap<>();
		for (PersonalDataProvider provider : this.providers) {
			List<PersonalRecord> records = provider.export(person);
			if (!records.isEmpty()) {
				held.computeIfAbsent(provider.module(), module -> new ArrayList<>()).addAll(records);
			}
		}
		return held;
	}

	/**
	 * The latest date of each retention anchor any module knows for the person; the
	 * latest wins.
	 */
	@Transactional(readOnly = true)
	public Map<Anchor, LocalDate> anchors(PersonId person) {
		Map<Anchor, LocalDate> latest = new HashMap<>();
		this.providers.forEach(provider -> provider.anchors(person)
			.forEach((anchor, date) -> latest.merge(anchor, date, (one, other) -> one.isAfter(other) ? one : other)));
		return latest;
	}

	/**
	 * Erases the person module by module, each in the mode {@code modes} gives for it; a
	 * module it gives none for keeps its data (an archive the law requires).
	 */
	@Transactional
	public void erase(PersonId person, Function<String, Optional<ErasureMode>> modes) {
		this.providers
			.forEach(provider -> modes.apply(provider.module()).ifPresent(mode -> provider.erase(person, mode)));
	}

	/** The modules that hold data about persons. */
	public List<String> modules() {
		return this.providers.stream().map(PersonalDataProvider::module).distinct().toList();
	}

	/**
	 * Moves everything about {@code from} to {@code into}, module by module, the person's
	 * own module last.
	 */
	@Transactional
	public void reassign(PersonId from, PersonId into) {
		this.providers.forEach(provider -> provider.reassign(from, into));
	}

	@Transactional
	public void erase(PersonId person, ErasureMode mode) {
		this.providers.forEach(provider -> provider.erase(person, mode));
	}

	@Transactional
	public void restrict(PersonId person, boolean restricted) {
		this.providers.forEach(provider -> provider.restrict(person, restricted));
	}

	/**
	 * Where the live schema and the declarations differ: columns no module declares, and
	 * declared columns the schema does not have. Empty when every column is declared.
	 */
	@Transactional(readOnly = true)
	public Set<String> undeclaredColumns() {
		Set<String> declared = new TreeSet<>();
		for (DeclaredTable table : tables()) {
			table.columns().forEach(column -> declared.add(table.name() + "." + column.name()));
		}
		Set<String> live = liveColumns();
		Set<String> differences = new TreeSet<>();
		live.stream().filter(column -> !declared.contains(column)).forEach(differences::add);
		declared.stream()
			.filter(column -> !live.contains(column))
			.map(column -> column + " (declared, not in schema)")
			.forEach(differences::add);
		return differences;
	}

	private Set<String> liveColumns() {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			DatabaseMetaData metadata = connection.getMetaData();
			Set<String> columns = new TreeSet<>();
			try (ResultSet rows = metadata.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
				while (rows.next()) {
					columns.add((rows.getString("TABLE_NAME") + "." + rows.getString("COLUMN_NAME"))
						.toLowerCase(Locale.ROOT));
				}
			}
			return columns;
		}
		catch (SQLException unreadable) {
			throw new IllegalStateException("Cannot read the database schema", unreadable);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
