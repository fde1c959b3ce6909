package org.tutela.billing.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A billing document answered as a file to save, under the name given; or, when a
 * download is refused, the way back to the page it was asked from.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(byte[] document, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(document);
	}

	/**
	 * Back to the page at {@code path} and its part {@code anchor}, with what it should
	 * say kept for its next reading: for a download that could not be answered.
	 */
	static void refusedBackTo(String path, String anchor, Map<String, Object> said, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.putAll(said);
		String page = request.getContextPath() + path;
		RequestContextUtils.saveOutputFlashMap(page, request, response);
		response.sendRedirect(page + "#" + anchor);
	}

}
