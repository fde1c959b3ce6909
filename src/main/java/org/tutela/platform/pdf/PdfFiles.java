package org.tutela.platform.pdf;

import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an uploaded file must be to be kept as a PDF: its bytes begin as a PDF does,
 * whatever its name says, and it is not larger than the documents Tutela keeps.
 */
public final class PdfFiles {

	/** The largest document kept: 10 MB. */
	public static final int MAX_SIZE = 10 * 1024 * 1024;

	private static final byte[] HEADER = { '%', 'P', 'D', 'F', '-' };

	private PdfFiles() {
	}

	/** Whether the bytes begin with a PDF header. */
	public static boolean isPdf(byte[] content) {
		return content.length >= HEADER.length && Arrays.equals(Arrays.copyOf(content, HEADER.length), HEADER);
	}

	/**
	 * Whether the bytes open as a PDF with at least one page (Apache PDFBox), without a
	 * password: a file that only begins like a PDF, or is cut short, does not.
	 */
	public static boolean opens(byte[] content) {
		if (!isPdf(content)) {
			return false;
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			return document.getNumberOfPages() > 0;
		}
		catch (IOException | RuntimeException broken) {
			return false;
		}
	}

}
