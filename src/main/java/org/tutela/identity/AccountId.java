package org.tutela.identity;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of an account, stable when its user name changes. */
public record AccountId(@JsonValue UUID value) implements Serializable {

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
