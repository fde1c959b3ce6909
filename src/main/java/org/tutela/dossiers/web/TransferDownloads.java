package org.tutela.dossiers.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.dossiers.transfer.TransferStore.Letter;

/**
 * What the transfer pages take in and give out alike: a scanned letter as uploaded, and a
 * sealed package to download once.
 */
final class TransferDownloads {

	private TransferDownloads() {
	}

	/** The uploaded letter, or none where no file was chosen. */
	static @Nullable Letter letter(@Nullable MultipartFile upload) throws IOException {
		return upload == null || upload.isEmpty() ? null : new Letter(String.valueOf(upload.getOriginalFilename()),
				String.valueOf(upload.getContentType()), upload.getBytes());
	}

	/** The sealed package as an attachment under its file name. */
	static ResponseEntity<byte[]> sealed(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

}
