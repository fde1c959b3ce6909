package org.tutela.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The courses a training provider offers, with their texts per language. */
@Service
public class CourseCatalog {

	static final String COLUMNS = "c.id, c.code, c.title, c.language, c.certified, c.duration_hours, c.price_cents, "
			+ "c.certifying_authority, c.accreditation, c.validity_months, c.attendance_percent, c.free_cancellation_days, c.vat";

	private static final String SELECT = "SELECT " + COLUMNS + " FROM catalog_course c";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Validator validator;

	CourseCatalog(JdbcClient jdbc, Clock clock, Validator validator) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.validator = validator;
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional
	public Course add(NewCourse course) {
		BrokenRules.refuse(this.validator, course);
		return store(course);
	}

	/**
	 * Changes every detail of a course, its code and its texts per language included,
	 * with the checks of adding one; a text left out is no longer offered.
	 */
	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional
	public Course change(CourseId id, NewCourse changed) {
		get(id);
		BrokenRules.refuse(this.validator, changed);
		try {
			this.jdbc
				.sql("""
						UPDATE catalog_course SET code = :code, title = :title, language = :language, certified = :certified,
							duration_hours = :duration, price_cents = :price, certifying_authority = :authority,
							accreditation = :accreditation, validity_months = :validity, attendance_percent = :attendance,
							free_cancellation_days = :cancellation, vat = :vat
						WHERE id = :id""")
				.params(details(id, changed))
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new CourseCodeTaken(changed.code());
		}
		this.jdbc.sql("DELETE FROM catalog_course_text WHERE course_id = :course").param("course", id.value()).update();
		describe(id, changed);
		return get(id);
	}

	/** Without the permission check: for demo data, loaded before anyone signs in. */
	Course store(NewCourse course) {
		CourseId id = CourseId.random();
		Map<String, Object> details = new HashMap<>(details(id, course));
		details.put("createdAt", OffsetDateTime.now(this.clock));
		try {
			this.jdbc
				.sql("""
						INSERT INTO catalog_course (id, code, title, language, certified, duration_hours, price_cents,
							certifying_authority, accreditation, validity_months, attendance_percent, free_cancellation_days,
							vat, created_at)
						VALUES (:id, :code, :title, :language, :certified, :duration, :price, :authority, :accreditation,
							:validity, :attendance, :cancellation, :vat, :createdAt)""")
				.params(details)
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new CourseCodeTaken(course.code());
		}
		describe(id, course);
		return get(id);
	}

	/**
	 * The course's details as stored, what is left out filled in as a new course has it.
	 */
	private static Map<String, Object> details(CourseId id, NewCourse course) {
		Map<String, Object> details = new HashMap<>();
		details.put("id", id.value());
		details.put("code", course.code());
		details.put("title", course.title());
		details.put("language", course.language());
		details.put("certified", course.certified());
		details.put("duration", Objects.requireNonNullElse(course.durationHours(), 0));
		details.put("price", Objects.requireNonNullElse(course.priceCents(), 0L));
		details.put("authority", course.certifyingAuthority());
		details.put("accreditation", course.accreditation());
		details.put("validity", course.validityMonths());
		details.put("attendance", Objects.requireNonNullElse(course.attendancePercent(), 100));
		details.put("cancellation", Objects.requireNonNullElse(course.freeCancellationDays(), 7));
		details.put("vat", Objects.requireNonNullElse(course.vat(), VatTreatment.STANDARD).name());
		return details;
	}

	private void describe(CourseId id, NewCourse course) {
		if (course.texts() != null) {
			course.texts()
				.forEach((language, text) -> this.jdbc.sql("""
						INSERT INTO catalog_course_text (course_id, language, title, description)
						VALUES (:course, :language, :title, :description)""")
					.param("course", id.value())
					.param("language", language)
					.param("title", text.title())
					.param("description", Objects.requireNonNullElse(text.description(), ""))
					.update());
		}
	}

	@Transactional(readOnly = true)
	public Course get(CourseId id) {
		return this.jdbc.sql(SELECT + " WHERE c.id = :id")
			.param("id", id.value())
			.query((row, number) -> course(row, texts(Set.of(id.value())).getOrDefault(id.value(), Map.of())))
			.optional()
			.orElseThrow(() -> new CourseNotFound(id));
	}

	@Transactional(readOnly = true)
	public List<Course> list() {
		Map<UUID, Map<String, CourseText>> texts = allTexts();
		return this.jdbc.sql(SELECT + " ORDER BY c.code")
			.query((row, number) -> course(row, texts.getOrDefault(row.getObject("id", UUID.class), Map.of())))
			.list();
	}

	private Map<UUID, Map<String, CourseText>> allTexts() {
		return texts("", Map.of());
	}

	/** The texts of the given courses, by course and language. */
	Map<UUID, Map<String, CourseText>> texts(Collection<UUID> courses) {
		return texts(" WHERE course_id IN (:courses)", Map.of("courses", courses));
	}

	private Map<UUID, Map<String, CourseText>> texts(String where, Map<String, Object> params) {
		Map<UUID, Map<String, CourseText>> texts = new HashMap<>();
		this.jdbc.sql("SELECT course_id, language, title, description FROM catalog_course_text" + where)
			.params(params)
			.query(row -> {
				texts.computeIfAbsent(row.getObject("course_id", UUID.class), course -> new HashMap<>())
					.put(row.getString("language"),
							new CourseText(row.getString("title"), row.getString("description")));
			});
		return texts;
	}

	static Course course(ResultSet row, Map<String, CourseText> texts) throws SQLException {
		return new Course(new CourseId(row.getObject("id", UUID.class)), row.getString("code"), row.getString("title"),
				row.getString("language"), row.getBoolean("certified"), row.getInt("duration_hours"),
				row.getLong("price_cents"), row.getString("certifying_authority"), row.getString("accreditation"),
				integer(row, "validity_months"), row.getInt("attendance_percent"), row.getInt("free_cancellation_days"),
				VatTreatment.valueOf(row.getString("vat")), texts);
	}

	static @Nullable Integer integer(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

}
