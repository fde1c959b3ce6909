package org.tutela.billing.document;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.springframework.context.ApplicationContext;
import org.tutela.billing.Invoice;

/**
 * The processor time one invoice's documents take on the calling thread, step by step as
 * {@link PeppolDocuments} takes them: the PDF, the UBL file with the PDF embedded, and
 * the Peppol and EN 16931 rules on it. For the bench, which cannot reach the steps
 * otherwise.
 */
public final class DocumentCpu {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final InvoicePdf pdfs;

	private final InvoiceRules rules;

	public DocumentCpu(ApplicationContext app) {
		this.pdfs = app.getBean(InvoicePdf.class);
		this.rules = app.getBean(InvoiceRules.class);
	}

	/** The nanoseconds of processor time of each step for the invoice. */
	public Split measure(Invoice invoice) {
		long start = THREADS.getCurrentThreadCpuTime();
		byte[] pdf = this.pdfs.render(invoice);
		long rendered = THREADS.getCurrentThreadCpuTime();
		Specification specification = Specification.of(invoice);
		byte[] ubl = UblWriter.write(invoice, specification, pdf);
		long written = THREADS.getCurrentThreadCpuTime();
		this.rules.check(ubl, specification, invoice.kind());
		long checked = THREADS.getCurrentThreadCpuTime();
		return new Split(rendered - start, written - rendered, checked - written, ubl.length, pdf.length);
	}

	/** Processor nanoseconds per step, and the sizes of the two documents in bytes. */
	public record Split(long pdfNanos, long ublNanos, long rulesNanos, int ublBytes, int pdfBytes) {
	}

}
