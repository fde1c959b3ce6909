package org.tutela.platform;

import java.net.URI;

/**
 * A meaningful failure of a business rule. Each kind has a stable problem type (RFC 9457)
 * and a message in the bundles under {@code problem.<slug>}, so the API and the UI explain
 * it the same way in the user's language.
 */
public abstract class DomainProblem extends RuntimeException {

	private static final String TYPE_PREFIX = "urn:tutela:problem:";

	private final String slug;

	private final transient Object[] arguments;

	protected DomainProblem(String slug, Object... arguments) {
		super(slug);
		this.slug = slug;
		this.arguments = arguments.clone();
	}

	public String slug() {
		return this.slug;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public URI type() {
		return typeOf(this.slug);
	}

	public static URI typeOf(String slug) {
		return URI.create(TYPE_PREFIX + slug);
	}

}
