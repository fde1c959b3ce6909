package org.tutela.register;

/**
 * One thing wrong in a policy pack: the file, the line (1-based), the field's path and
 * what is wrong.
 */
public record PackProblem(String file, int line, String field, String message) {

	@Override
	public String toString() {
		return this.file + ", line " + this.line + ", " + this.field + ": " + this.message;
	}

}
