package org.tutela.catalog.web;

import org.springframework.util.MultiValueMap;
import org.tutela.catalog.NewRoom;
import org.tutela.catalog.Room;

/** A room's fields as a form shows them: as stored, empty, or as typed. */
record RoomForm(String name, String address, String capacity) {

	static RoomForm of(Room room) {
		return new RoomForm(room.name(), room.address(), String.valueOf(room.capacity()));
	}

	static RoomForm empty() {
		return new RoomForm("", "", "");
	}

	static RoomForm of(MultiValueMap<String, String> sent) {
		return new RoomForm(FormReading.typed(sent, "name"), FormReading.typed(sent, "address"),
				FormReading.typed(sent, "capacity"));
	}

	/** The room as typed; refused when a field is empty or cannot be read. */
	NewRoom read() {
		FormReading reading = new FormReading();
		reading.required("name", this.name);
		reading.required("address", this.address);
		Integer seats = reading.capacity("capacity", this.capacity);
		reading.check();
		return new NewRoom(this.name, this.address, seats);
	}

}
