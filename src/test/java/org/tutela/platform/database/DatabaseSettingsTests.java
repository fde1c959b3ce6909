package org.tutela.platform.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which database Tutela picks, and when it refuses to start. */
class DatabaseSettingsTests {

	private final DatabaseSettings settings = new DatabaseSettings();

	@Test
	void withoutConfigurationTheDefaultIsAnH2FileInTheDataDirectoryWithDemoData() {
		MockEnvironment environment = new MockEnvironment().withProperty("tutela.data-dir", "/srv/tutela-data");
		this.settings.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url"))
			.startsWith("jdbc:h2:file:" + Path.of("/srv/tutela-data").resolve("tutela"))
			.contains("MODE=PostgreSQL");
		assertThat(environment.getProperty("tutela.demo-data.enabled", Boolean.class)).isTrue();
	}

	@Test
	void postgresGetsBoundedTimeoutsAndNoDemoData() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/tutela");
		this.settings.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.hikari.data-source-properties.socketTimeout"))
			.isEqualTo("30");
		assertThat(environment.getProperty("spring.datasource.hikari.data-source-properties.connectTimeout"))
			.isEqualTo("5");
		assertThat(environment.getProperty("tutela.demo-data.enabled", Boolean.class)).isFalse();
	}

	@Test
	void explicitSettingsWinOverTheDefaults() {
		MockEnvironment environment = new MockEnvironment().withProperty("tutela.demo-data.enabled", "false")
			.withProperty("spring.datasource.hikari.data-source-properties.socketTimeout", "10")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/tutela");
		this.settings.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.hikari.data-source-properties.socketTimeout"))
			.isEqualTo("10");
		assertThat(environment.getProperty("tutela.demo-data.enabled", Boolean.class)).isFalse();
	}

	@Test
	void productionWithoutADatabaseRefusesToStart() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		assertThatThrownBy(() -> this.settings.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(MissingProductionDatabase.class);
	}

	@Test
	void productionOnTheEmbeddedDatabaseRefusesToStart() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
		environment.setActiveProfiles("prod");
		assertThatThrownBy(() -> this.settings.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(MissingProductionDatabase.class)
			.hasMessageContaining("embedded");
	}

}
