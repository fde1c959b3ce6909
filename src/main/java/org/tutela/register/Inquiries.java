package org.tutela.register;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the public contact and information forms offer (CES-5, MEZ-1): the contact form's
 * subjects, each with its words and whom its messages go to, and the fields the
 * information request asks, nothing more. Empty where the pack has no {@code inquiries}
 * section: both forms are closed.
 */
public record Inquiries(List<Subject> subjects, Set<String> informationFields) {

	/** The fields an information request may ask, in the order the form shows them. */
	public static final List<String> INFORMATION_FIELDS = List.of("name", "email", "organisation", "phone", "course",
			"message");

	/** A pack without an {@code inquiries} section. */
	public static final Inquiries NONE = new Inquiries(List.of(), Set.of());

	public Inquiries {
		subjects = List.copyOf(subjects);
		informationFields = Set.copyOf(informationFields);
	}

	public boolean contactOpen() {
		return !this.subjects.isEmpty();
	}

	public boolean informationOpen() {
		return !this.informationFields.isEmpty();
	}

	public Optional<Subject> subject(@Nullable String id) {
		return this.subjects.stream().filter(subject -> subject.id().equals(id)).findFirst();
	}

	/**
	 * A subject of the contact form: its messages go to the staff account of this
	 * username, or to every account of this role (written as packs write roles:
	 * {@code coordinator}); exactly one of the two.
	 */
	public record Subject(String id, Text name, @Nullable String account, @Nullable String role) {
	}

}
