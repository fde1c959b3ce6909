package org.tutela.platform.pdf;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a Thymeleaf XHTML template into a PDF (notices, the record of processing
 * activities, later certificates). Templates may call Spring beans as {@code @name};
 * links are not resolved, as there is no request.
 */
public interface PdfDocuments {

	byte[] render(String template, Map<String, Object> model, Locale locale);

}
