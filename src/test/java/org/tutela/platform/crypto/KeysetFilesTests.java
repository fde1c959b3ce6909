package org.tutela.platform.crypto;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.TutelaApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the keys come from: a file made on the first embedded start, or the
 * configuration.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeysetFilesTests {

	private static final FieldRef FIELD = new FieldRef("probe", "value", "1");

	@Test
	void theFirstEmbeddedStartCreatesKeysetFilesThatLaterStartsReuse_MEN10(@TempDir Path dataDir) throws Exception {
		String ciphertext;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			ciphertext = first.getBean(FieldCipher.class).encrypt(FIELD, "kept across restarts");
		}
		Path keyset = dataDir.resolve("keys/field-keyset.json");
		assertThat(keyset).exists();
		assertThat(Files.readString(keyset)).doesNotContain("kept across restarts");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset))).isEqualTo("rw-------");
		try (ConfigurableApplicationContext second = start(dataDir)) {
			assertThat(second.getBean(FieldCipher.class).decrypt(FIELD, ciphertext)).isEqualTo("kept across restarts");
		}
	}

	@Test
	void aProcessOnTheSameDataDirectoryReadsValuesEncryptedUnderKeysAnotherRotatedIn(@TempDir Path dataDir)
			throws Exception {
		KeysetStore rotating = new KeysetStore("", "", dataDir);
		KeysetStore other = new KeysetStore("", "", dataDir);
		rotating.rotateFieldKeys();
		String stored = new TinkFieldCipher(rotating).encrypt(FIELD, "written under the new key");

		assertThat(new TinkFieldCipher(other).decrypt(FIELD, stored)).isEqualTo("written under the new key");
		assertThatThrownBy(() -> new TinkFieldCipher(other).decrypt(FIELD, stored.substring(0, stored.length() - 4)))
			.isInstanceOf(UndecryptableField.class);
	}

	@Test
	void keysetsGivenInTheConfigurationLeaveNoKeyFiles(@TempDir Path dataDir) throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		NewKeysets.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
		Matcher pair = Pattern.compile("TUTELA_CRYPTO_FIELD_KEYSET='(.+)'\\RTUTELA_CRYPTO_INDEX_KEYSET='(.+)'")
			.matcher(printed.toString(StandardCharsets.UTF_8));
		assertThat(pair.find()).isTrue();
		try (ConfigurableApplicationContext app = start(dataDir, "--tutela.crypto.field-keyset=" + pair.group(1),
				"--tutela.crypto.index-keyset=" + pair.group(2))) {
			FieldCipher cipher = app.getBean(FieldCipher.class);
			assertThat(cipher.decrypt(FIELD, cipher.encrypt(FIELD, "from configuration")))
				.isEqualTo("from configuration");
		}
		assertThat(dataDir.resolve("keys")).doesNotExist();
	}

	@Test
	void productionWithoutKeysetsSaysExactlyWhatToSet(@TempDir Path dataDir, CapturedOutput output) {
		assertThatThrownBy(() -> start(dataDir, "--spring.profiles.active=prod",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))
			.isNotNull();
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "TUTELA_CRYPTO_FIELD_KEYSET",
				"TUTELA_CRYPTO_INDEX_KEYSET", "java -jar tutela.jar keys new");
	}

	private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
		String[] arguments = new String[extra.length + 3];
		arguments[0] = "--server.port=0";
		arguments[1] = "--tutela.data-dir=" + dataDir;
		// An empty database URL asks for the embedded default, whatever the test run
		// uses.
		arguments[2] = "--spring.datasource.url=";
		System.arraycopy(extra, 0, arguments, 3, extra.length);
		return SpringApplication.run(TutelaApplication.class, arguments);
	}

}
