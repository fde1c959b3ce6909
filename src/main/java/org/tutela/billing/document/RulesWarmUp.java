package org.tutela.billing.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.InvoiceBreaksRules;

/**
 * Compiles the e-invoicing rules once after start-up, in the background, by checking a
 * sample invoice and credit note against each specification: the first check of a
 * document takes seconds, and the first invoice issued should not wait for it.
 */
@Component
class RulesWarmUp {

	private static final Logger log = LoggerFactory.getLogger(RulesWarmUp.class);

	private static final Map<DocumentKind, String> SAMPLES = Map.of(DocumentKind.INVOICE, "billing/sample-invoice.xml",
			DocumentKind.CREDIT_NOTE, "billing/sample-credit-note.xml");

	private final InvoiceRules rules;

	private final TaskExecutor executor;

	private final boolean enabled;

	RulesWarmUp(InvoiceRules rules, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			@Value("${tutela.billing.warm-up-rules:true}") boolean enabled) {
		this.rules = rules;
		this.executor = executor;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.enabled) {
			this.executor.execute(this::warmUp);
		}
	}

	void warmUp() {
		long started = System.nanoTime();
		SAMPLES.forEach((kind, sample) -> {
			byte[] document = read(sample);
			for (Specification specification : Specification.values()) {
				try {
					this.rules.check(document, specification, kind);
				}
				catch (InvoiceBreaksRules refused) {
					log.warn("The sample {} breaks the rules of {}: {}", sample, specification, refused.rules());
				}
			}
		});
		log.info("E-invoicing rules ready in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private static byte[] read(String sample) {
		try (InputStream in = new ClassPathResource(sample).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
