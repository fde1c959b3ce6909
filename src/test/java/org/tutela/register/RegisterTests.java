package org.tutela.register;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tutela.TutelaApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class RegisterTests {

	@Test
	void aBrokenPackStopsTheStartAndNamesFileLineAndField(@TempDir Path dataDir, CapturedOutput output)
			throws Exception {
		Path pack = dataDir.resolve("our-pack.yaml");
		String shipped = new String(RegisterTests.class.getClassLoader()
			.getResourceAsStream("policies/training-company.yaml")
			.readAllBytes());
		Files.writeString(pack, shipped.replace("    basis: consent\n", "    basis: because\n"));
		assertThatThrownBy(() -> SpringApplication.run(TutelaApplication.class, "--server.port=0",
				"--tutela.data-dir=" + dataDir, "--spring.datasource.url=", "--tutela.policy.file=" + pack))
			.isNotNull();
		int line = shipped.substring(0, shipped.indexOf("    basis: consent\n")).split("\n").length + 1;
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "The policy pack is not valid",
				pack + ", line " + line + ", activities[3].basis: 'because' is not one of consent, contract",
				"docs/policy-packs.md");
	}

	@Test
	void aPackThatLeavesADeclaredPurposeWithoutAnActivityStopsTheStartAndNamesFileLineAndField(@TempDir Path dataDir,
			CapturedOutput output) throws Exception {
		Path pack = dataDir.resolve("our-pack.yaml");
		String shipped = new String(RegisterTests.class.getClassLoader()
			.getResourceAsStream("policies/training-company.yaml")
			.readAllBytes());
		Files.writeString(pack, shipped.replace("  accountability: accountability\n", ""));
		assertThatThrownBy(() -> SpringApplication.run(TutelaApplication.class, "--server.port=0",
				"--tutela.data-dir=" + dataDir, "--spring.datasource.url=", "--tutela.policy.file=" + pack))
			.isNotNull();
		int line = shipped.substring(0, shipped.indexOf("\npurposes:\n")).split("\n").length + 2;
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "The policy pack is not valid",
				pack + ", line " + line
						+ ", purposes.accountability: the personal-data catalogue keeps data for this purpose");
	}

	@Test
	void anUnknownShippedPackIsRefusedWithTheChoices() {
		assertThatThrownBy(() -> Register.shipped("no-such-pack")).isInstanceOfSatisfying(InvalidPolicyPack.class,
				invalid -> assertThat(invalid.getMessage()).contains("training-company", "tutela.policy.file"));
	}

}
