package org.tutela.billing.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A billing document answered as a file to save, under the name given. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(byte[] document, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(document);
	}

}
