package org.tutela.register.notice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tutela.register.Activity;
import org.tutela.register.Controller;
import org.tutela.register.PolicyPack;
import org.tutela.register.Processor;
import org.tutela.register.RetentionRule;

/**
 * Compares two versions of a pack field by field; wording alone is not a fundamental
 * change.
 */
final class PackChanges {

	private final List<PackChange> changes = new ArrayList<>();

	private PackChanges() {
	}

	static List<PackChange> between(PolicyPack before, PolicyPack after) {
		PackChanges found = new PackChanges();
		found.compare("controllers", names(before.controllers(), Controller::name),
				names(after.controllers(), Controller::name), true);
		found.compare("request deadline", before.requestDeadline(), after.requestDeadline(), true);
		found.compare("group report threshold", before.reportThreshold(), after.reportThreshold(), true);
		found.compare("data protection officer", before.dpoEmail(), after.dpoEmail(), false);
		found.compare("supervisory authority", before.authorityName(), after.authorityName(), false);
		found.compare("clocks", before.clocks(), after.clocks(), false);
		found.activities(byKey(before.activities(), Activity::id), byKey(after.activities(), Activity::id));
		found.processors(byKey(before.processors(), Processor::name), byKey(after.processors(), Processor::name));
		found.compare("storage outside the EEA", storage(before), storage(after),
				before.refusesStorageOutsideEea() && !after.refusesStorageOutsideEea());
		return List.copyOf(found.changes);
	}

	/**
	 * Allowing storage outside the EEA where it was refused is fundamental; the reverse
	 * is not.
	 */
	private static String storage(PolicyPack pack) {
		return pack.refusesStorageOutsideEea() ? "refused" : "allowed";
	}

	private void activities(Map<String, Activity> before, Map<String, Activity> after) {
		added("activity", before.keySet(), after.keySet());
		for (String id : after.keySet()) {
			Activity old = before.get(id);
			Activity now = after.get(id);
			if (old == null) {
				continue;
			}
			String at = "activity " + id + ": ";
			compare(at + "basis", old.basis(), now.basis(), true);
			compare(at + "special conditions", old.specialConditions(), now.specialConditions(), true);
			compare(at + "data subjects", new TreeSet<>(old.subjects()), new TreeSet<>(now.subjects()), true);
			compare(at + "categories", new TreeSet<>(old.categories()), new TreeSet<>(now.categories()), true);
			compare(at + "recipients",
					names(old.recipients(), recipient -> recipient.name() + " (" + recipient.country() + ")"),
					names(now.recipients(), recipient -> recipient.name() + " (" + recipient.country() + ")"), true);
			compare(at + "retention", names(old.retention(), RetentionRule::toString),
					names(now.retention(), RetentionRule::toString), true);
			compare(at + "on erasure", old.onErasure(), now.onErasure(), true);
			compare(at + "access", new TreeSet<>(old.access()), new TreeSet<>(now.access()), false);
			compare(at + "purpose wording", old.purpose().in(Locale.ENGLISH), now.purpose().in(Locale.ENGLISH), false);
		}
	}

	private void processors(Map<String, Processor> before, Map<String, Processor> after) {
		added("processor", before.keySet(), after.keySet());
		for (String name : after.keySet()) {
			Processor old = before.get(name);
			Processor now = after.get(name);
			if (old == null) {
				continue;
			}
			String at = "processor " + name + ": ";
			compare(at + "country", old.country(), now.country(), true);
			compare(at + "transfer", old.transferMechanism(), now.transferMechanism(), true);
			compare(at + "service", old.service(), now.service(), true);
			compare(at + "agreement", old.agreement(), now.agreement(), false);
		}
	}

	private void added(String kind, Collection<String> before, Collection<String> after) {
		after.stream()
			.filter(key -> !before.contains(key))
			.forEach(key -> this.changes.add(new PackChange(kind + " added: " + key, true)));
		before.stream()
			.filter(key -> !after.contains(key))
			.forEach(key -> this.changes.add(new PackChange(kind + " removed: " + key, true)));
	}

	private void compare(String what, Object before, Object after, boolean fundamental) {
		if (!Objects.equals(before, after)) {
			this.changes.add(new PackChange(what + ": " + before + " -> " + after, fundamental));
		}
	}

	private static <T> String names(List<T> items, Function<T, String> name) {
		return items.stream().map(name).sorted().collect(Collectors.joining(", "));
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		Map<String, T> byKey = new LinkedHashMap<>();
		items.forEach(item -> byKey.put(key.apply(item), item));
		return byKey;
	}

}
