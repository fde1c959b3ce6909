package org.tutela.platform.pdf;

import java.util.Arrays;

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

}
