package org.tutela.platform.crypto;

import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation without downtime: a new primary key encrypts from the moment it is added,
 * old keys keep decrypting, and every declared column is walked in small batches, one
 * transaction each, re-encrypting what an old key holds. An update only lands if the
 * value is still the one read, so writers and other nodes doing the same work are never
 * overwritten and a crash or restart simply continues.
 */
@Component
class FieldKeyRotation implements FieldKeys {

	private static final Logger log = LoggerFactory.getLogger(FieldKeyRotation.class);

	private static final int BATCH = 500;

	private final List<EncryptedColumn> columns;

	private final KeysetStore keys;

	private final TinkFieldCipher cipher;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	FieldKeyRotation(List<EncryptedColumn> columns, KeysetStore keys, TinkFieldCipher cipher, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.columns = List.copyOf(columns);
		this.keys = keys;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void rotate() {
		try {
			this.keys.rotateFieldKeys();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Key rotation failed", ex);
		}
	}

	@Override
	public long valuesUnderOldKeys() {
		long old = 0;
		for (EncryptedColumn column : this.columns) {
			old += this.jdbc
				.sql("SELECT " + column.column() + " FROM " + column.table() + " WHERE " + column.column()
						+ " IS NOT NULL")
				.query(String.class)
				.list()
				.stream()
				.filter(value -> !this.cipher.isCurrent(value))
				.count();
		}
		return old;
	}

	/**
	 * Every few minutes, on one node at a time; a long re-encryption keeps the lock up to
	 * half an hour.
	 */
	@Scheduled(fixedDelayString = "${tutela.crypto.re-encryption-interval:5m}", initialDelayString = "1m")
	@SchedulerLock(name = "field-key-rotation", lockAtMostFor = "PT30M")
	void reEncryptRegularly() {
		reEncrypt();
	}

	@Override
	public synchronized long reEncrypt() {
		long moved = 0;
		for (EncryptedColumn column : this.columns) {
			moved += reEncrypt(column);
		}
		if (moved > 0) {
			log.info("Re-encrypted {} values under the current field key", moved);
		}
		return moved;
	}

	private long reEncrypt(EncryptedColumn column) {
		AtomicLong moved = new AtomicLong();
		Object after = null;
		while (true) {
			List<Map<String, Object>> batch = batchAfter(column, after);
			if (batch.isEmpty()) {
				return moved.get();
			}
			this.transactions.executeWithoutResult(status -> batch.forEach(row -> {
				if (reEncrypt(column, row.get("id"), (String) row.get("ciphertext"))) {
					moved.incrementAndGet();
				}
			}));
			after = batch.get(batch.size() - 1).get("id");
		}
	}

	private List<Map<String, Object>> batchAfter(EncryptedColumn column, Object after) {
		String select = "SELECT " + column.idColumn() + " AS id, " + column.column() + " AS ciphertext FROM "
				+ column.table();
		String order = " ORDER BY " + column.idColumn() + " LIMIT " + BATCH;
		return after == null ? this.jdbc.sql(select + order).query().listOfRows()
				: this.jdbc.sql(select + " WHERE " + column.idColumn() + " > ?" + order)
					.param(after)
					.query()
					.listOfRows();
	}

	private boolean reEncrypt(EncryptedColumn column, Object id, String value) {
		if (value == null || this.cipher.isCurrent(value)) {
			return false;
		}
		String again = this.cipher.encrypt(column.field(id), this.cipher.decrypt(column.field(id), value));
		return this.jdbc
			.sql("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + column.idColumn()
					+ " = ? AND " + column.column() + " = ?")
			.params(again, id, value)
			.update() == 1;
	}

}
