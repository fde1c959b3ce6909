package org.tutela.enrolment.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tutela.enrolment.ParticipantList;

/** A session's participant list, downloaded as a CSV file a spreadsheet opens. */
@Controller
class ParticipantListDownload {

	private final ParticipantList list;

	ParticipantListDownload(ParticipantList list) {
		this.list = list;
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@GetMapping("/admin/sessions/{id}/participants.csv")
	ResponseEntity<byte[]> download(@PathVariable UUID id, Locale locale) {
		ParticipantList.Csv csv = this.list.export(id, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(csv.name(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv.text().getBytes(StandardCharsets.UTF_8));
	}

}
