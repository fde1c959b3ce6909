package org.tutela.dossiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * An employer's order as a client sends it, valid unless a test changes a field: a worker
 * known by a personnel number, an incapacity from yesterday for two weeks.
 */
final class Order {

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private Order() {
	}

	static Order valid() {
		LocalDate today = LocalDate.now();
		return new Order().with("firstName", "Walter")
			.with("lastName", "Werker")
			.with("language", "nl")
			.with("personnelNumber", "P-0815")
			.with("street", "Kerkstraat 1")
			.with("postcode", "1000")
			.with("city", "Brussel")
			.with("phone", "+32 9 234 56 78")
			.with("incapacityFrom", today.minusDays(1).toString())
			.with("incapacityUntil", today.plusDays(13).toString())
			.with("certificate", "FIRST")
			.with("nature", "ILLNESS")
			.with("mayLeaveHome", "NO")
			.with("hospitalised", "NO");
	}

	Order with(String field, Object value) {
		if (value == null) {
			this.fields.remove(field);
		}
		else {
			this.fields.put(field, value);
		}
		return this;
	}

	String json(JsonMapper json) {
		return json.writeValueAsString(this.fields);
	}

	/** The fields as a portal form posts them: name, value pairs. */
	String[] form() {
		List<String> pairs = new ArrayList<>();
		this.fields.forEach((name, value) -> {
			pairs.add(name);
			pairs.add(String.valueOf(value));
		});
		return pairs.toArray(String[]::new);
	}

}
