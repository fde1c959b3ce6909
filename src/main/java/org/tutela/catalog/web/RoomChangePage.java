package org.tutela.catalog.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.catalog.Room;
import org.tutela.catalog.Rooms;
import org.tutela.platform.problem.InvalidInput;

/**
 * Changing a room: its name, address and seats. When a rule is broken the form keeps what
 * was typed and names the rule beside the field.
 */
@Controller
class RoomChangePage {

	private final Rooms rooms;

	RoomChangePage(Rooms rooms) {
		this.rooms = rooms;
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@GetMapping("/admin/catalog/rooms/{id}/edit")
	String form(@PathVariable UUID id, Model model) {
		Room room = this.rooms.get(id);
		return page(model, room, RoomForm.of(room), Map.of());
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/admin/catalog/rooms/{id}/edit")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, Model model,
			RedirectAttributes redirect) {
		Room room = this.rooms.get(id);
		RoomForm form = RoomForm.of(sent);
		try {
			Room changed = this.rooms.change(room.id(), form.read());
			redirect.addFlashAttribute("saved", changed.name());
			return "redirect:/admin/catalog";
		}
		catch (InvalidInput invalid) {
			return page(model, room, form, invalid.byField());
		}
	}

	private String page(Model model, Room room, RoomForm form, Map<String, String> errors) {
		model.addAttribute("room", room);
		model.addAttribute("roomForm", form);
		model.addAttribute("errors", errors);
		return "catalog/room-edit";
	}

}
