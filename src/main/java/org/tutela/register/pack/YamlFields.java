package org.tutela.register.pack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tutela.register.PackProblem;
import org.tutela.register.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads fields of a YAML node tree while keeping each node's line, so that every problem
 * names the file, the line and the field's path. Problems are collected; reading goes on,
 * so a pack author sees them all at once.
 */
final class YamlFields {

	private final String file;

	private final List<PackProblem> problems = new ArrayList<>();

	YamlFields(String file) {
		this.file = file;
	}

	List<PackProblem> problems() {
		return this.problems;
	}

	void problem(Node at, String field, String message) {
		this.problems.add(new PackProblem(this.file, at.getStartMark().getLine() + 1, field, message));
	}

	/**
	 * The keys of a mapping with their value nodes; reports keys that are not allowed or
	 * repeated.
	 */
	Map<String, Node> mapping(Node node, String path, Set<String> allowed) {
		Map<String, Node> fields = new LinkedHashMap<>();
		if (!(node instanceof MappingNode mapping)) {
			problem(node, path, "expected a mapping of fields");
			return fields;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
			String field = path.isEmpty() ? key : path + "." + key;
			if (!allowed.contains(key)) {
				problem(tuple.getKeyNode(), field,
						"unknown field; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
			}
			else if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
				problem(tuple.getKeyNode(), field, "given twice");
			}
		}
		return fields;
	}

	/**
	 * The entries of a mapping whose keys are the pack author's own; reports repeated
	 * keys.
	 */
	Map<String, Node> entries(Node node, String path) {
		Map<String, Node> entries = new LinkedHashMap<>();
		if (!(node instanceof MappingNode mapping)) {
			problem(node, path, "expected a mapping");
			return entries;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
			if (entries.putIfAbsent(key, tuple.getValueNode()) != null) {
				problem(tuple.getKeyNode(), join(path, key), "given twice");
			}
		}
		return entries;
	}

	/** One text, or a list of texts. */
	List<String> oneOrMore(Node node, String field) {
		if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			return List.of(scalar.getValue().strip());
		}
		if (!(node instanceof SequenceNode sequence)) {
			problem(node, field, "expected a text or a list of texts");
			return List.of();
		}
		return items(sequence.getValue(), field);
	}

	@Nullable String text(Map<String, Node> fields, String key, String path, Node parent, boolean required) {
		Node node = fields.get(key);
		if (node == null) {
			if (required) {
				problem(parent, join(path, key), "required");
			}
			return null;
		}
		if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
			problem(node, join(path, key), "expected a text");
			return null;
		}
		return scalar.getValue().strip();
	}

	int integer(Map<String, Node> fields, String key, String path, Node parent, int min, int max) {
		String text = text(fields, key, path, parent, true);
		if (text == null) {
			return min;
		}
		try {
			int value = Integer.parseInt(text);
			if (value < min || value > max) {
				problem(fields.get(key), join(path, key), "must lie between " + min + " and " + max);
			}
			return value;
		}
		catch (NumberFormatException notNumber) {
			problem(fields.get(key), join(path, key), "expected a whole number");
			return min;
		}
	}

	@Nullable LocalDate date(Map<String, Node> fields, String key, String path, Node parent) {
		String text = text(fields, key, path, parent, true);
		try {
			return text == null ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException notDate) {
			problem(fields.get(key), join(path, key), "expected a date such as 2026-11-23");
			return null;
		}
	}

	/**
	 * A text in several languages ({@code en: …, nl: …, fr: …}), or one text taken as
	 * English.
	 */
	@Nullable Text localized(Map<String, Node> fields, String key, String path, Node parent, boolean required) {
		Node node = fields.get(key);
		if (node == null) {
			if (required) {
				problem(parent, join(path, key), "required");
			}
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			return new Text(Map.of("en", scalar.getValue().strip()));
		}
		Map<String, Node> languages = mapping(node, join(path, key), Set.of("en", "nl", "fr", "de"));
		Map<String, String> texts = new HashMap<>();
		languages.forEach((language, text) -> {
			if (text instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				texts.put(language, scalar.getValue().strip());
			}
			else {
				problem(text, join(path, key) + "." + language, "expected a text");
			}
		});
		if (!texts.containsKey("en")) {
			problem(node, join(path, key), "needs at least an English text (en)");
		}
		return new Text(texts);
	}

	List<Node> list(Map<String, Node> fields, String key, String path, Node parent, boolean required) {
		Node node = fields.get(key);
		if (node == null) {
			if (required) {
				problem(parent, join(path, key), "required");
			}
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			problem(node, join(path, key), "expected a list");
			return List.of();
		}
		return sequence.getValue();
	}

	List<String> texts(Map<String, Node> fields, String key, String path, Node parent, boolean required) {
		return items(list(fields, key, path, parent, required), join(path, key));
	}

	private List<String> items(List<Node> items, String field) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				texts.add(scalar.getValue().strip());
			}
			else {
				problem(items.get(i), field + "[" + i + "]", "expected a text");
			}
		}
		return texts;
	}

	/**
	 * An enum constant written in kebab case ({@code legal-obligation} for
	 * LEGAL_OBLIGATION).
	 */
	<E extends Enum<E>> Optional<E> choice(Class<E> type, @Nullable String text, Node at, String field) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return Optional.of(constant);
			}
		}
		List<String> allowed = new ArrayList<>();
		for (E constant : type.getEnumConstants()) {
			allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		problem(at, field, "'" + text + "' is not one of " + String.join(", ", allowed));
		return Optional.empty();
	}

	static String join(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

}
