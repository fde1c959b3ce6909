package org.tutela.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as a reader sees it, with line breaks and runs of spaces made single
 * spaces; and its first page as an image to look at, beside the pages' screenshots.
 */
public final class PdfText {

	private PdfText() {
	}

	public static String of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** Writes the PDF's first page as {@code target/screenshots/<name>.png}. */
	public static void lookAt(byte[] pdf, String name) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Path screenshots = Path.of("target", "screenshots");
			Files.createDirectories(screenshots);
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
					screenshots.resolve(name + ".png").toFile());
		}
	}

}
