package org.tutela.billing.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.billing.BillingDetails;
import org.tutela.billing.PaymentMethod;
import org.tutela.billing.PeppolId;
import org.tutela.billing.PrivateBillingDetails;
import org.tutela.people.identifier.EmailAddress;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.people.identifier.VatNumber;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * Checks the billing details of a client organisation or of a private person and names
 * every field that breaks a rule; what passes comes back as it is kept.
 */
@Component
public class PartyChecks {

	/**
	 * A KMO-portefeuille project number as the wallet gives it: letters, digits, dots,
	 * dashes and slashes.
	 */
	private static final Pattern KMO_PROJECT = Pattern.compile("[A-Za-z0-9./-]{3,30}");

	/** The languages invoices are written in. */
	public static final Set<String> LANGUAGES = Set.of("nl", "fr", "en");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final KmoPortefeuille kmoPortefeuille;

	PartyChecks(KmoPortefeuille kmoPortefeuille) {
		this.kmoPortefeuille = kmoPortefeuille;
	}

	public BillingDetails check(BillingDetails details) {
		List<FieldError> errors = new ArrayList<>();
		PeppolId peppol = peppolId(details.peppolScheme(), details.peppolId(), errors);
		String vat = vatNumber(details.vatNumber(), errors);
		String buyerReference = text("buyerReference", details.buyerReference(), TextRule.LINE, errors);
		String orderReference = text("orderReference", details.orderReference(), TextRule.LINE, errors);
		String email = email("invoiceEmail", details.invoiceEmail(), errors);
		String kmoProject = kmoProject(details.kmoProject(), errors);
		String language = Objects.requireNonNullElse(trim(details.language()), "nl");
		if (!LANGUAGES.contains(language)) {
			errors.add(new FieldError("language", "billing.language"));
		}
		refuse(errors);
		return new BillingDetails(Objects.requireNonNullElse(details.paymentMethod(), PaymentMethod.TRANSFER),
				peppol == null ? null : peppol.scheme(), peppol == null ? null : peppol.value(), vat, buyerReference,
				orderReference, email, language, kmoProject);
	}

	public PrivateBillingDetails check(PrivateBillingDetails details) {
		List<FieldError> errors = new ArrayList<>();
		String street = text("street", details.street(), TextRule.LINE, errors);
		String postcode = text("postcode", details.postcode(), TextRule.LINE, errors);
		if (postcode != null && postcode.length() > 12) {
			errors.add(new FieldError("postcode", "too-long"));
		}
		String city = text("city", details.city(), TextRule.NAME, errors);
		String country = Objects.requireNonNullElse(trim(details.country()), "").toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			errors.add(new FieldError("country", "country"));
		}
		String email = email("email", details.email(), errors);
		refuse(errors);
		return new PrivateBillingDetails(street, postcode, city, country, email);
	}

	private static @Nullable PeppolId peppolId(@Nullable String scheme, @Nullable String id, List<FieldError> errors) {
		String givenScheme = trim(scheme);
		String givenId = trim(id);
		if (givenScheme == null && givenId == null) {
			return null;
		}
		if (givenScheme == null || givenId == null) {
			errors.add(new FieldError(givenScheme == null ? "peppolScheme" : "peppolId", "required"));
			return null;
		}
		return PeppolIds.read(givenScheme, givenId, errors);
	}

	/**
	 * A project number is only of use on an invoice that names the organiser's
	 * registration with the wallet.
	 */
	private @Nullable String kmoProject(@Nullable String given, List<FieldError> errors) {
		String text = trim(given);
		if (text == null) {
			return null;
		}
		if (!KMO_PROJECT.matcher(text).matches()) {
			errors.add(new FieldError("kmoProject", "billing.kmo-project"));
		}
		else if (this.kmoPortefeuille.registration() == null) {
			errors.add(new FieldError("kmoProject", "billing.kmo-project.no-registration"));
		}
		return text;
	}

	private static @Nullable String vatNumber(@Nullable String given, List<FieldError> errors) {
		String text = trim(given);
		try {
			return text == null ? null : VatNumber.parse(text).value();
		}
		catch (InvalidValue invalid) {
			errors.add(new FieldError("vatNumber", invalid.reason()));
			return null;
		}
	}

	private static @Nullable String email(String field, @Nullable String given, List<FieldError> errors) {
		String text = text(field, given, TextRule.EMAIL, errors);
		try {
			return text == null ? null : EmailAddress.parse(text).value();
		}
		catch (InvalidValue invalid) {
			return null;
		}
	}

	private static @Nullable String text(String field, @Nullable String given, TextRule rule, List<FieldError> errors) {
		String text = trim(given);
		rule.check(field, text, errors);
		return text;
	}

	private static void refuse(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private static @Nullable String trim(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
