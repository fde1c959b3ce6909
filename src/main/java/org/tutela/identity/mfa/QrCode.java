package org.tutela.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * A QR code as an SVG data address, so the enrolment page needs no image request or
 * script.
 */
final class QrCode {

	private static final int DISPLAY_SIZE = 240;

	private QrCode() {
	}

	static String svgDataUri(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
			StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='")
				.append(DISPLAY_SIZE)
				.append("' height='")
				.append(DISPLAY_SIZE)
				.append("' viewBox='0 0 ")
				.append(matrix.getWidth())
				.append(' ')
				.append(matrix.getHeight())
				.append("' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='#fff'/><path fill='#000' d='");
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			svg.append("'/></svg>");
			return "data:image/svg+xml;base64,"
					+ Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code", ex);
		}
	}

}
