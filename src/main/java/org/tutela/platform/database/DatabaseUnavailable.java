package org.tutela.platform.database;

import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means "the database cannot be reached right now", which is
 * answered with 503 and a retry hint instead of a 500: the request did not commit, and
 * the connection pool reconnects by itself once the database is back. What is refused so
 * is logged by {@link DatabaseOutages}, once per outage.
 */
public final class DatabaseUnavailable {

	public static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseUnavailable() {
	}

	public static boolean covers(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
					|| cause instanceof RecoverableDataAccessException
					|| cause instanceof CannotCreateTransactionException || isConnectionState(cause)) {
				return true;
			}
			// A rollback on a lost connection fails too and hides the failure that caused
			// it.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& covers(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	// SQLSTATE class 08 is "connection exception"; 57P01-57P03 are shutdown and
	// cannot-connect-now (PostgreSQL, Appendix A "Error Codes").
	private static boolean isConnectionState(Throwable cause) {
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return state.startsWith("08") || state.startsWith("57P");
		}
		return false;
	}

}
