package org.tutela.dossiers.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.dossiers.Channel;
import org.tutela.dossiers.ControlOrder;
import org.tutela.dossiers.ControlOrders;
import org.tutela.dossiers.ControlStatus;
import org.tutela.dossiers.ControlSummary;
import org.tutela.dossiers.EmployerReport;
import org.tutela.dossiers.EmployerReports;
import org.tutela.dossiers.EmployerReports.Ordered;

/**
 * Absenteeism control for an employer's own systems: an HR contact orders a control and
 * reads where it stands and, once issued, the report, which holds the conclusion alone
 * (CER-1). The contact's systems send an API key the contact made in the portal
 * ({@code Authorization: Bearer}); a control of another employer is not found.
 */
@RestController
@RequestMapping("/api/v1/absenteeism-controls")
class ControlApiController {

	private final ControlOrders orders;

	private final EmployerReports reports;

	ControlApiController(ControlOrders orders, EmployerReports reports) {
		this.orders = orders;
		this.reports = reports;
	}

	// Checked here too, so a caller without the permission is refused before the body is
	// read.
	@Operation(summary = "Order an absenteeism control",
			description = "For a client's HR contact (permission controls.order), with an API key the contact makes "
					+ "in the portal at /me/api-keys, sent as Authorization: Bearer <key> (an account with a "
					+ "password may use HTTP Basic instead). The worker is named by at least one of "
					+ "nationalNumber, personnelNumber and substituteNumber; every broken rule is named in one "
					+ "problem (400), a control still under way for the same worker gives 409.")
	@PreAuthorize("hasAuthority('controls.order')")
	@PostMapping
	ResponseEntity<Placed> order(@RequestBody ControlOrder order) {
		ControlSummary control = this.orders.order(order, Channel.API);
		return ResponseEntity.created(URI.create("/api/v1/absenteeism-controls/" + control.id()))
			.body(new Placed(control.id(), control.reference(), control.status(), control.orderedAt()));
	}

	@Operation(summary = "Where a control stands, with the employer's report once issued",
			description = "report is null until the physician issues it; it holds the conclusion and its days alone, "
					+ "never a health datum. A control of another employer is not found (404).")
	@GetMapping("/{id}")
	Standing get(@PathVariable UUID id) {
		Ordered ordered = this.reports.forEmployer(id);
		ControlSummary control = ordered.control();
		return new Standing(control.reference(), control.status(), control.orderedAt(), ordered.report().orElse(null));
	}

	/** The order as stored: its id, its reference and where it stands. */
	record Placed(UUID id, String reference, ControlStatus status, Instant orderedAt) {

	}

	/** Where a control stands, and the employer's report once issued. */
	record Standing(String reference, ControlStatus status, Instant orderedAt, @Nullable EmployerReport report) {

	}

}
