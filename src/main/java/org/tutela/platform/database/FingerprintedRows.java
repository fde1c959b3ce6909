package org.tutela.platform.database;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table of what public forms send, each row stored once by its {@code fingerprint},
 * however often and however many at once the same form arrives: in a savepoint of the
 * caller's transaction, the row is made (its sender found or registered with it) only
 * when no row holds the fingerprint yet, and a copy that loses the race to the table's
 * unique fingerprint is rolled back whole, its sender with it.
 */
public final class FingerprintedRows {

	private final JdbcClient jdbc;

	private final String table;

	private final TransactionTemplate savepoint;

	public FingerprintedRows(JdbcClient jdbc, PlatformTransactionManager transactions, String table) {
		this.jdbc = jdbc;
		this.table = table;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * The row {@code make} makes, stored by {@code add}, unless a row with the
	 * fingerprint is there already or arrives meanwhile: then empty, and nothing
	 * {@code make} did is kept.
	 */
	public <T> Optional<T> insert(String fingerprint, Supplier<T> make, Consumer<T> add) {
		try {
			return Optional.ofNullable(this.savepoint.execute(status -> {
				if (this.jdbc.sql("SELECT COUNT(*) FROM " + this.table + " WHERE fingerprint = :fingerprint")
					.param("fingerprint", fingerprint)
					.query(Integer.class)
					.single() > 0) {
					return null;
				}
				T made = make.get();
				add.accept(made);
				return made;
			}));
		}
		catch (DuplicateKeyException meanwhile) {
			return Optional.empty();
		}
	}

}
