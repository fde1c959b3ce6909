package org.tutela.billing.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.billing.NewOrder;
import org.tutela.billing.OrderLine;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * Checks an individual order and names every field that breaks a rule: one buyer, at
 * least one line, each with what is sold, a quantity from 1 to 10,000, a price in euros
 * with at most two decimals below ten million, and how it is taxed.
 */
final class OrderChecks {

	private static final BigDecimal MOST_EUROS = BigDecimal.valueOf(10_000_000);

	private OrderChecks() {
	}

	static Buyer buyer(NewOrder order) {
		if ((order.organisation() == null) == (order.person() == null)) {
			throw new InvalidInput(List.of(new FieldError("organisation", "billing.one-buyer")));
		}
		return new Buyer(order.organisation(), PersonId.ofNullable(order.person()));
	}

	static List<OrderedLine> lines(NewOrder order) {
		List<FieldError> errors = new ArrayList<>();
		List<OrderLine> given = order.lines() == null ? List.of() : order.lines();
		if (given.isEmpty()) {
			errors.add(new FieldError("lines", "required"));
		}
		List<OrderedLine> lines = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			OrderedLine line = line(given.get(i), "lines[" + i + "].", errors);
			if (line != null) {
				lines.add(line);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return lines;
	}

	private static @Nullable OrderedLine line(@Nullable OrderLine line, String field, List<FieldError> errors) {
		if (line == null) {
			errors.add(new FieldError(field + "description", "required"));
			return null;
		}
		int before = errors.size();
		String description = line.description() == null ? "" : line.description().strip();
		if (description.isEmpty()) {
			errors.add(new FieldError(field + "description", "required"));
		}
		TextRule.LINE.check(field + "description", description, errors);
		if (line.quantity() == null || line.quantity() < 1 || line.quantity() > 10_000) {
			errors.add(new FieldError(field + "quantity", "billing.quantity"));
		}
		Long cents = cents(line.unitPrice(), field + "unitPrice", errors);
		if (line.vat() == null) {
			errors.add(new FieldError(field + "vat", "required"));
		}
		return errors.size() > before ? null : new OrderedLine(description, line.quantity(), cents, line.vat());
	}

	/**
	 * An amount in euros as cents: at most two decimals (three are refused, not rounded).
	 */
	private static @Nullable Long cents(@Nullable BigDecimal euros, String field, List<FieldError> errors) {
		if (euros == null) {
			errors.add(new FieldError(field, "required"));
			return null;
		}
		if (euros.stripTrailingZeros().scale() > 2) {
			errors.add(new FieldError(field, "billing.cents"));
			return null;
		}
		if (euros.signum() < 0 || euros.compareTo(MOST_EUROS) >= 0) {
			errors.add(new FieldError(field, "billing.amount"));
			return null;
		}
		return euros.movePointRight(2).longValueExact();
	}

}
