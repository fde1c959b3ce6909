package org.tutela;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of ARCHITECTURE.md hold: modules use each other only through
 * their root packages. Also writes the module documentation to docs/modules.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TutelaApplication.class);

	@Test
	void modulesRespectEachOthersInternals() {
		this.modules.verify();
	}

	@Test
	void everyModuleOfTheArchitectureExists() {
		assertThat(this.modules.stream().map(module -> module.getBasePackage().getName()))
			.contains("org.tutela.platform", "org.tutela.identity", "org.tutela.catalog");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(new java.io.File("docs/modules/components.puml")).exists();
	}

}
