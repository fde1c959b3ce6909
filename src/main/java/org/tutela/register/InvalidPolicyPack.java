package org.tutela.register;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pack that breaks its format: start-up stops and names every problem with its file,
 * line and field.
 */
public class InvalidPolicyPack extends RuntimeException {

	private final transient List<PackProblem> problems;

	public InvalidPolicyPack(List<PackProblem> problems) {
		super(problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<PackProblem> problems() {
		return this.problems;
	}

}
