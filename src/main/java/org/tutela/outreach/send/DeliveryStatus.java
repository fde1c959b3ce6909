package org.tutela.outreach.send;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tutela.outreach.Bounce;

/**
 * Reads the per-recipient fields of a delivery status notification (RFC 3464, section
 * 2.3): each {@code Final-Recipient} with its {@code Action} and {@code Status}. A
 * recipient whose action is {@code failed} with a 5.x.x status bounced permanently; 4.x.x
 * is temporary.
 */
public final class DeliveryStatus {

	private static final Pattern FIELD = Pattern.compile("^([A-Za-z-]+):\\s*(.*)$");

	private DeliveryStatus() {
	}

	public static List<Bounce> read(String report) {
		List<Bounce> bounces = new ArrayList<>();
		String recipient = null;
		String action = null;
		String status = null;
		for (String line : (report + "\n\n").split("\\r?\\n", -1)) {
			Matcher field = FIELD.matcher(line);
			if (line.isBlank()) {
				if (recipient != null && "failed".equals(action)) {
					bounces.add(new Bounce(recipient, status != null && status.startsWith("5")));
				}
				recipient = null;
				action = null;
				status = null;
			}
			else if (field.matches()) {
				String value = field.group(2).strip();
				switch (field.group(1).toLowerCase(Locale.ROOT)) {
					case "final-recipient" ->
						recipient = value.contains(";") ? value.substring(value.indexOf(';') + 1).strip() : value;
					case "action" -> action = value.toLowerCase(Locale.ROOT);
					case "status" -> status = value;
					default -> {
						// Other fields (Remote-MTA, Diagnostic-Code, ...) do not change
						// the verdict.
					}
				}
			}
		}
		return bounces;
	}

}
