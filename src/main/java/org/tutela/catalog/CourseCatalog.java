package org.tutela.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/** The courses a training provider offers, with their texts per language. */
@Service
public class CourseCatalog {

	static final String COLUMNS = "c.id, c.code, c.title, c.language, c.certified, c.duration_hours, c.price_cents, "
			+ "c.certifying_authority, c.accreditation, c.validity_months, c.attendance_percent, c.free_cancellation_days";

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
		List<FieldError> errors = this.validator.validate(course)
			.stream()
			.map(violation -> new FieldError(violation.getPropertyPath().toString(), code(violation)))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return store(course);
	}

	/** The message code of a broken constraint, under {@code invalid.}. */
	private static String code(ConstraintViolation<NewCourse> violation) {
		return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
			case "NotBlank", "NotNull" -> "required";
			case "Size" -> "too-long";
			case "Min", "Max" -> "catalog.range";
			default -> "catalog.format";
		};
	}

	/** Without the permission check: for demo data, loaded before anyone signs in. */
	Course store(NewCourse course) {
		CourseId id = CourseId.random();
		try {
			this.jdbc
				.sql("""
						INSERT INTO catalog_course (id, code, title, language, certified, duration_hours, price_cents,
							certifying_authority, accreditation, validity_months, attendance_percent, free_cancellation_days,
							created_at)
						VALUES (:id, :code, :title, :language, :certified, :duration, :price, :authority, :accreditation,
							:validity, :attendance, :cancellation, :createdAt)""")
				.param("id", id.value())
				.param("code", course.code())
				.param("title", course.title())
				.param("language", course.language())
				.param("certified", course.certified())
				.param("duration", Objects.requireNonNullElse(course.durationHours(), 0))
				.param("price", Objects.requireNonNullElse(course.priceCents(), 0L))
				.param("authority", course.certifyingAuthority())
				.param("accreditation", course.accreditation())
				.param("validity", course.validityMonths())
				.param("attendance", Objects.requireNonNullElse(course.attendancePercent(), 100))
				.param("cancellation", Objects.requireNonNullElse(course.freeCancellationDays(), 7))
				.param("createdAt", OffsetDateTime.now(this.clock))
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new CourseCodeTaken(course.code());
		}
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
		return get(id);
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
				texts);
	}

	private static @Nullable Integer integer(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

}
