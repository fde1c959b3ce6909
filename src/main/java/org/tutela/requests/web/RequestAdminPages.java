package org.tutela.requests.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.people.Correction;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Register;
import org.tutela.requests.AttendingPhysician;
import org.tutela.requests.DataRequest;
import org.tutela.requests.DpoDesk;
import org.tutela.requests.FileKind;
import org.tutela.requests.Intake;
import org.tutela.requests.RequestAnswers;
import org.tutela.requests.RequestIntake;
import org.tutela.requests.RequestNotFound;
import org.tutela.requests.Right;
import org.tutela.requests.StaffIntake.Document;
import org.tutela.requests.StaffIntake;

/**
 * The DPO's desk: open requests with what is due soon and what is late (ALL-4), intake of
 * requests that came by e-mail or letter with their scan, and each request's file with
 * the answer that fits its right.
 */
@Controller
class RequestAdminPages {

	private final DpoDesk desk;

	private final RequestIntake intake;

	private final RequestAnswers answers;

	private final Register register;

	private final Clock clock;

	/**
	 * Requests due within this many days are shown as due soon, as the DPO's reminder
	 * counts them.
	 */
	private final int soon;

	RequestAdminPages(DpoDesk desk, RequestIntake intake, RequestAnswers answers, Register register, Clock clock,
			@Value("${tutela.requests.warning-days}") int soon) {
		this.desk = desk;
		this.intake = intake;
		this.answers = answers;
		this.register = register;
		this.clock = clock;
		this.soon = soon;
	}

	@GetMapping("/admin/requests")
	String desk(Model model) {
		return desk(model, List.of(), null);
	}

	@PostMapping("/admin/requests")
	String receive(@RequestParam(required = false) @Nullable Intake channel,
			@RequestParam(required = false) @Nullable Right right,
			@RequestParam(required = false) @Nullable FileKind fileKind,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String details,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
			@RequestParam(required = false) @Nullable UUID person,
			@RequestParam(required = false) @Nullable MultipartFile scan, Model model) throws IOException {
		Document document = scan == null || scan.isEmpty() ? null : new Document(
				String.valueOf(scan.getOriginalFilename()), String.valueOf(scan.getContentType()), scan.getBytes());
		StaffIntake typed = new StaffIntake(channel, right, fileKind, name, email, details, receivedOn,
				PersonId.ofNullable(person), document);
		try {
			return "redirect:/admin/requests/" + this.intake.receive(typed).id();
		}
		catch (InvalidInput invalid) {
			return desk(model, invalid.errors(), typed);
		}
	}

	@GetMapping("/admin/requests/{id}")
	String file(@PathVariable UUID id, Model model) {
		return file(id, model, List.of(), "", Map.of());
	}

	@GetMapping("/admin/requests/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		Document document = this.desk.document(id).orElseThrow(() -> new RequestNotFound(id));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.name()).build().toString())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(document.content());
	}

	@PostMapping("/admin/requests/{id}/verify")
	String verify(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID person,
			@RequestParam(required = false) @Nullable String evidence, Model model) {
		if (person == null) {
			return file(id, model, List.of(new FieldError("person", "required")), "verify",
					typed("evidence", evidence));
		}
		return act("verify", typed("evidence", evidence), id, model,
				() -> this.desk.verify(id, PersonId.of(person), evidence));
	}

	@PostMapping("/admin/requests/{id}/extend")
	String extend(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
		return act("extend", typed("reason", reason), id, model, () -> this.desk.extend(id, reason));
	}

	@PostMapping("/admin/requests/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String physicianName,
			@RequestParam(required = false) @Nullable String physicianAddress, Model model) {
		Map<String, String> typed = new HashMap<>();
		typed.putAll(typed("physicianName", physicianName));
		typed.putAll(typed("physicianAddress", physicianAddress));
		return act("answer", typed, id, model, () -> this.answers.answerAccess(id,
				new AttendingPhysician(Objects.toString(physicianName, ""), Objects.toString(physicianAddress, ""))));
	}

	@PostMapping("/admin/requests/{id}/rectify")
	String rectify(@PathVariable UUID id, @RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String secondName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate birthDate,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String jobFunction,
			@RequestParam(defaultValue = "false") boolean clearSecondName,
			@RequestParam(defaultValue = "false") boolean clearJobFunction, Model model) {
		return act("rectify", Map.of(), id, model,
				() -> this.answers.rectify(id,
						new Correction(given(firstName), clearSecondName ? "" : given(secondName), given(lastName),
								birthDate, given(language), clearJobFunction ? "" : given(jobFunction))));
	}

	@PostMapping("/admin/requests/{id}/erase")
	String erase(@PathVariable UUID id, Model model) {
		return act("erase", Map.of(), id, model, () -> this.answers.erase(id));
	}

	@PostMapping("/admin/requests/{id}/restrict")
	String restrict(@PathVariable UUID id, Model model) {
		return act("restrict", Map.of(), id, model, () -> this.answers.restrict(id));
	}

	@PostMapping("/admin/requests/{id}/object")
	String object(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> activities,
			Model model) {
		return act("object", Map.of(), id, model,
				() -> this.answers.object(id, activities == null ? List.of() : activities));
	}

	@PostMapping("/admin/requests/{id}/refuse")
	String refuse(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
		return act("refuse", typed("reason", reason), id, model, () -> this.desk.refuse(id, reason));
	}

	@PostMapping("/admin/requests/{id}/told")
	String told(@PathVariable UUID id, @RequestParam(required = false) @Nullable String recipient, Model model) {
		return act("told", Map.of(), id, model, () -> {
			this.desk.recipientTold(id, String.valueOf(recipient));
			return null;
		});
	}

	/**
	 * Does what one of the file's forms asks; when a rule is broken, shows the file again
	 * with the rule beside that form's field and what was typed in it.
	 */
	private String act(String form, Map<String, String> typed, UUID id, Model model, Supplier<?> action) {
		try {
			action.get();
			return "redirect:/admin/requests/" + id;
		}
		catch (InvalidInput invalid) {
			return file(id, model, invalid.errors(), form, typed);
		}
	}

	/**
	 * The desk, with the request being recorded as it was typed and its broken rules,
	 * when recording it failed.
	 */
	private String desk(Model model, List<FieldError> errors, @Nullable StaffIntake typed) {
		LocalDate today = LocalDate.now(this.clock);
		List<DataRequest> open = this.desk.open();
		model.addAttribute("today", today);
		model.addAttribute("soon", this.soon);
		model.addAttribute("open", open);
		model.addAttribute("late", open.stream().filter(request -> request.late(today)).count());
		model.addAttribute("dueSoon", open.stream().filter(request -> request.dueWithin(today, this.soon)).count());
		model.addAttribute("closed", this.desk.closed(20));
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("typed", typed);
		model.addAttribute("rights", Right.values());
		model.addAttribute("channels", List.of(Intake.EMAIL, Intake.LETTER, Intake.REGISTERED_LETTER));
		model.addAttribute("kinds", FileKind.values());
		return "requests/desk";
	}

	private String file(UUID id, Model model, List<FieldError> errors, String form, Map<String, String> typed) {
		DataRequest request = this.desk.get(id);
		model.addAttribute("request", request);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("steps", this.desk.steps(id));
		model.addAttribute("handedOver", this.desk.handedOver(id).orElse(null));
		model.addAttribute("recipients", this.desk.recipients(id));
		model.addAttribute("activities", this.register.pack().activities());
		model.addAttribute("problems", errors);
		model.addAttribute("failed", form);
		model.addAttribute("wrong", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("typed", typed);
		return "requests/file";
	}

	private static Map<String, String> typed(String field, @Nullable String value) {
		return value == null ? Map.of() : Map.of(field, value);
	}

	/** A field left empty stays as it is; removing a value takes its own box. */
	private static @Nullable String given(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
