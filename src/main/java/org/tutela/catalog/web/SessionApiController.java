package org.tutela.catalog.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.catalog.NewRoom;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Room;
import org.tutela.catalog.Rooms;
import org.tutela.catalog.Session;
import org.tutela.catalog.SessionFilter;
import org.tutela.catalog.Sessions;

/** Sessions and rooms over HTTP: the calendar is public, planning is for staff. */
@RestController
class SessionApiController {

	private final Sessions sessions;

	private final Rooms rooms;

	SessionApiController(Sessions sessions, Rooms rooms) {
		this.sessions = sessions;
		this.rooms = rooms;
	}

	@GetMapping("/api/v1/sessions")
	List<Session> calendar(@RequestParam(required = false) @Nullable String language,
			@RequestParam(defaultValue = "false") boolean certified, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from) {
		return this.sessions.calendar(new SessionFilter(language, certified, q, from));
	}

	@GetMapping("/api/v1/sessions/{id}")
	Session get(@PathVariable UUID id) {
		return this.sessions.get(id);
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/api/v1/sessions")
	ResponseEntity<Session> plan(@Valid @RequestBody NewSession session) {
		Session planned = this.sessions.plan(session);
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + planned.id())).body(planned);
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/api/v1/rooms")
	ResponseEntity<Room> addRoom(@Valid @RequestBody NewRoom room) {
		return ResponseEntity.status(201).body(this.rooms.addRoom(room));
	}

}
