package org.tutela.billing.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tutela.billing.document.InvoiceFormat;
import org.tutela.register.Register;

/**
 * Amounts on finance's pages as the reader writes them, the same on every page: in the
 * page's language, in the organiser's country ({@code € 480,00} in Dutch in Belgium,
 * {@code 480,00 €} in French). The pages call it as {@code format}.
 */
@ControllerAdvice(
		assignableTypes = { InvoicePages.class, IssuedInvoicePage.class, PaymentsPage.class, CollectionPage.class })
class AmountsInPages {

	private final Register register;

	AmountsInPages(Register register) {
		this.register = register;
	}

	@ModelAttribute("format")
	InvoiceFormat format() {
		return InvoiceFormat
			.euros(new Locale(LocaleContextHolder.getLocale().getLanguage(), this.register.pack().home()));
	}

}
