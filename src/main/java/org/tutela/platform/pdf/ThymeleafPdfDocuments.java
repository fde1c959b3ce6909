package org.tutela.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/** Thymeleaf renders the XHTML; Open HTML to PDF lays it out on PDFBox. */
@Component
class ThymeleafPdfDocuments implements PdfDocuments {

	static {
		// Its own logging reports every stage of every document at INFO; only problems
		// are worth a line.
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	ThymeleafPdfDocuments(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	@Override
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, ApplicationConversionService.getSharedInstance()));
		String xhtml = this.templates.process(template, context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null).toStream(pdf).run();
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return pdf.toByteArray();
	}

}
