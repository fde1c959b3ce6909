package org.tutela.billing.document;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.tutela.billing.Invoice;

/**
 * Amounts, rates, countries and account numbers as the reader of an invoice writes them:
 * in Dutch in Belgium {@code € 1.234,56} and {@code 21 %}, in French {@code 1 234,56 €}.
 * The PDF template calls it as {@code format}.
 */
public final class InvoiceFormat {

	/**
	 * The narrow no-break space French groups digits with; the PDF's standard fonts lack
	 * it and would print a space a line may break at, so the no-break space stands for
	 * it.
	 */
	private static final char NARROW_NO_BREAK_SPACE = '\u202F';

	private final Locale locale;

	private final Currency currency;

	InvoiceFormat(Locale locale, String currency) {
		this.locale = locale;
		this.currency = Currency.getInstance(currency);
	}

	/** Amounts in euros as a reader in the locale writes them. */
	public static InvoiceFormat euros(Locale locale) {
		return new InvoiceFormat(locale, "EUR");
	}

	/**
	 * The reader of an invoice: its language, where the seller is, so that a Belgian
	 * reader of Dutch reads {@code nl-BE} and a Dutch one {@code nl-NL}.
	 */
	static Locale readerOf(Invoice invoice) {
		return new Locale(invoice.language(), invoice.seller().address().country());
	}

	/** An amount in cents, with its currency. */
	public String amount(long cents) {
		NumberFormat money = NumberFormat.getCurrencyInstance(this.locale);
		money.setCurrency(this.currency);
		return printable(money.format(BigDecimal.valueOf(cents, 2)));
	}

	/** A VAT rate in percent: {@code 21 %}, {@code 5,5 %}. */
	public String rate(BigDecimal percent) {
		NumberFormat rate = NumberFormat.getPercentInstance(this.locale);
		rate.setMaximumFractionDigits(2);
		return printable(rate.format(percent.movePointLeft(2)));
	}

	/** A country's name from its ISO 3166 code. */
	public String country(String code) {
		return new Locale("", code).getDisplayCountry(this.locale);
	}

	/** An IBAN in groups of four, as it is printed on paper (ISO 13616). */
	public String iban(String iban) {
		return iban.replaceAll("\\s", "").replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static String printable(String formatted) {
		return formatted.replace(NARROW_NO_BREAK_SPACE, '\u00A0');
	}

}
