package org.tutela.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rooms sessions are held in, each with its address and the number of seats it has:
 * adding one, and the list planners choose from.
 */
@Service
public class Rooms {

	private final JdbcClient jdbc;

	Rooms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional
	public Room addRoom(NewRoom room) {
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
