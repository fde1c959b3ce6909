package org.tutela.personaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order modules give up a person's data in, for requests and sweeps alike, read from
 * the declarations: a module whose rows point at another module's rows goes first
 * (certificates before the registrations they name), and every module before the module
 * of the person record itself. Modules no reference orders go by name.
 */
final class ErasureOrder {

	private ErasureOrder() {
	}

	static List<String> of(List<TableDeclarations> modules) {
		Map<String, String> owners = new TreeMap<>();
		String persons = null;
		for (TableDeclarations module : modules) {
			for (DeclaredTable table : module.tables()) {
				owners.put(table.name(), module.module());
				if (table.personRecord()) {
					persons = module.module();
				}
			}
		}
		Map<String, Set<String>> before = new TreeMap<>();
		for (TableDeclarations module : modules) {
			Set<String> later = before.computeIfAbsent(module.module(), name -> new TreeSet<>());
			for (DeclaredTable table : module.tables()) {
				table.references().stream().map(owners::get).filter(owner -> owner != null).forEach(later::add);
			}
			if (persons != null) {
				later.add(persons);
			}
			later.remove(module.module());
		}
		return sorted(before);
	}

	/** Each module after every module that must go before it. */
	private static List<String> sorted(Map<String, Set<String>> before) {
		List<String> order = new ArrayList<>();
		Set<String> left = new TreeSet<>(before.keySet());
		while (!left.isEmpty()) {
			String next = left.stream()
				.filter(module -> left.stream().noneMatch(other -> before.get(other).contains(module)))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"The catalogue's tables point at each other in a circle among the modules " + left));
			order.add(next);
			left.remove(next);
		}
		return order;
	}

}
