package org.tutela.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The rooms sessions are held in, each with its address and the number of seats it has:
 * adding and changing one, and the list planners choose from.
 */
@Service
public class Rooms {

	private final JdbcClient jdbc;

	private final Validator validator;

	private final Clock clock;

	Rooms(JdbcClient jdbc, Validator validator, Clock clock) {
		this.jdbc = jdbc;
		this.validator = validator;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional
	public Room addRoom(NewRoom room) {
		BrokenRules.refuse(this.validator, room);
		return addRoomUnchecked(room);
	}

	/** Without the permission check: for demo data. */
	Room addRoomUnchecked(NewRoom room) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO catalog_room (id, name, address, capacity) VALUES (:id, :name, :address, :capacity)")
			.param("id", id)
			.param("name", room.name())
			.param("address", room.address())
			.param("capacity", room.capacity())
			.update();
		return new Room(id, room.name(), room.address(), room.capacity());
	}

	/**
	 * Changes a room's name, address and seats, with the checks of adding one; it keeps
	 * at least the seats of the largest session still to come in it.
	 */
	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional
	public Room change(UUID id, NewRoom changed) {
		get(id);
		BrokenRules.refuse(this.validator, changed);
		int largest = this.jdbc
			.sql("SELECT COALESCE(MAX(capacity), 0) FROM catalog_session WHERE room_id = :id AND cancelled_at IS NULL"
					+ " AND last_day >= :today")
			.param("id", id)
			.param("today", LocalDate.now(this.clock))
			.query(Integer.class)
			.single();
		if (changed.capacity() < largest) {
			throw new InvalidInput(List.of(new FieldError("capacity", "room.seats-planned")));
		}
		this.jdbc.sql("UPDATE catalog_room SET name = :name, address = :address, capacity = :capacity WHERE id = :id")
			.param("name", changed.name())
			.param("address", changed.address())
			.param("capacity", changed.capacity())
			.param("id", id)
			.update();
		return get(id);
	}

	@Transactional(readOnly = true)
	public Room get(UUID id) {
		Room room = room(id);
		if (room == null) {
			throw new RoomNotFound(id);
		}
		return room;
	}

	@Transactional(readOnly = true)
	public List<Room> rooms() {
		return this.jdbc.sql("SELECT id, name, address, capacity FROM catalog_room ORDER BY name")
			.query(Rooms::room)
			.list();
	}

	/**
	 * The room, if there is one with this id: for checking a session as it is planned.
	 */
	@Nullable Room room(UUID id) {
		return this.jdbc.sql("SELECT id, name, address, capacity FROM catalog_room WHERE id = :id")
			.param("id", id)
			.query(Rooms::room)
			.optional()
			.orElse(null);
	}

	private static Room room(ResultSet row, int number) throws SQLException {
		return new Room(row.getObject("id", UUID.class), row.getString("name"), row.getString("address"),
				row.getInt("capacity"));
	}

}
