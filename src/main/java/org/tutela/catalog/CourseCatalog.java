package org.tutela.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The courses a training provider offers. */
@Service
public class CourseCatalog {

	private static final String SELECT = "select id, code, title, language, certified from catalog_course";

	private final JdbcClient jdbc;

	private final Clock clock;

	CourseCatalog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional
	public Course add(NewCourse course) {
		return store(course);
	}

	/** Without the permission check: for demo data, loaded before anyone signs in. */
	Course store(NewCourse course) {
		CourseId id = CourseId.random();
		try {
			this.jdbc.sql("""
					insert into catalog_course (id, code, title, language, certified, created_at)
					values (:id, :code, :title, :language, :certified, :createdAt)""")
				.param("id", id.value())
				.param("code", course.code())
				.param("title", course.title())
				.param("language", course.language())
				.param("certified", course.certified())
				.param("createdAt", OffsetDateTime.now(this.clock))
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new CourseCodeTaken(course.code());
		}
		return new Course(id, course.code(), course.title(), course.language(), course.certified());
	}

	@Transactional(readOnly = true)
	public Course get(CourseId id) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id.value())
			.query(CourseCatalog::course)
			.optional()
			.orElseThrow(() -> new CourseNotFound(id));
	}

	@Transactional(readOnly = true)
	public List<Course> list() {
		return this.jdbc.sql(SELECT + " order by code").query(CourseCatalog::course).list();
	}

	private static Course course(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new Course(new CourseId(row.getObject("id", UUID.class)), row.getString("code"), row.getString("title"),
				row.getString("language"), row.getBoolean("certified"));
	}

}
