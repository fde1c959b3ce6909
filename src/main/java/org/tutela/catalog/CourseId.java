package org.tutela.catalog;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a course across modules. */
public record CourseId(@JsonValue UUID value) {

	public static CourseId random() {
		return new CourseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
