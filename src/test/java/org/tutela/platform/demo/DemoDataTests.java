package org.tutela.platform.demo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.TutelaApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts Tutela as a user would, on its embedded default in a data directory of its own:
 * the first start fills the empty database with demo data, later starts leave it alone,
 * and production mode refuses to start without a real database.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTests {

	@Test
	void theFirstStartOfAnEmptyEmbeddedDatabaseLoadsDemoDataOnce(@TempDir Path dataDir) {
		try (ConfigurableApplicationContext first = start(dataDir)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(courses(jdbc)).isGreaterThanOrEqualTo(5);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM people_organisation_contact").query(Long.class).single())
				.as("a demo person is a contact of the demo company")
				.isEqualTo(1);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM enrolment_registration").query(Long.class).single())
				.as("the demo persons are registered for sessions")
				.isGreaterThanOrEqualTo(4);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM certification_certificate").query(Long.class).single())
				.as("whoever attended the session held last month has a certificate")
				.isEqualTo(2);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_wording WHERE purpose = 'marketing'")
				.query(Long.class)
				.single()).as("the registration form's marketing box has its wording in three languages").isEqualTo(3);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_demo_data").query(Long.class).single()).isEqualTo(1);
			deleteCourse(jdbc, "VCA-BASIS");
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(
					jdbc.sql("SELECT COUNT(*) FROM catalog_course WHERE code = 'VCA-BASIS'").query(Long.class).single())
				.as("a deleted demo record stays deleted")
				.isZero();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_demo_data").query(Long.class).single()).isEqualTo(1);
		}
	}

	@Test
	void productionWithoutADatabaseSaysExactlyWhatToSet(@TempDir Path dataDir, CapturedOutput output) {
		assertThatThrownBy(() -> start(dataDir, "--spring.profiles.active=prod")).isNotNull();
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "SPRING_DATASOURCE_URL=jdbc:postgresql://",
				"SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
	}

	/** Deletes a demo course with everything that hangs on it. */
	private static void deleteCourse(JdbcClient jdbc, String code) {
		String sessions = "SELECT s.id FROM catalog_session s JOIN catalog_course c ON c.id = s.course_id WHERE c.code = :code";
		String registrations = "SELECT id FROM enrolment_registration WHERE session_id IN (" + sessions + ")";
		for (String delete : List.of("DELETE FROM certification_certificate WHERE session_id IN (" + sessions + ")",
				"DELETE FROM enrolment_attendance WHERE registration_id IN (" + registrations + ")",
				"DELETE FROM enrolment_evaluation_invite WHERE registration_id IN (" + registrations + ")",
				"DELETE FROM enrolment_evaluation WHERE session_id IN (" + sessions + ")",
				"DELETE FROM enrolment_registration WHERE session_id IN (" + sessions + ")",
				"DELETE FROM catalog_session_trainer WHERE session_id IN (" + sessions + ")",
				"DELETE FROM catalog_session WHERE id IN (" + sessions + ")",
				"DELETE FROM catalog_course_text WHERE course_id IN (SELECT id FROM catalog_course WHERE code = :code)",
				"DELETE FROM catalog_course WHERE code = :code")) {
			jdbc.sql(delete).param("code", code).update();
		}
	}

	private static long courses(JdbcClient jdbc) {
		return jdbc.sql("SELECT COUNT(*) FROM catalog_course").query(Long.class).single();
	}

	private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
		// An empty database URL asks for the embedded default, whatever the test run
		// uses.
		String[] arguments = { "--server.port=0", "--tutela.data-dir=" + dataDir, "--spring.datasource.url=",
				"--tutela.demo-data.enabled=true" };
		return SpringApplication.run(TutelaApplication.class,
				Stream.concat(Arrays.stream(arguments), Arrays.stream(extra)).toArray(String[]::new));
	}

}
