package org.tutela;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module check has teeth: a fixture module that uses another module's internal
 * package fails verification, naming the offending type; so does one that uses another
 * module's API while its {@code allowedDependencies} do not name that module.
 */
class ModuleBoundaryViolationTests {

	private final ApplicationModules fixtures = ApplicationModules.of("org.tutela.fixtures.boundaries",
			location -> true);

	@Test
	void usingAnotherModulesInternalPackageFailsVerification() {
		assertThatThrownBy(this.fixtures::verify).isInstanceOf(Violations.class)
			.hasMessageContaining("Checkout")
			.hasMessageContaining("shipping.internal.Parcel");
	}

	@Test
	void usingAModuleTheAllowedDependenciesDoNotNameFailsVerification() {
		assertThatThrownBy(ApplicationModules.of("org.tutela.fixtures.dependencies", location -> true)::verify)
			.isInstanceOf(Violations.class)
			.hasMessageContaining("invoicing")
			.hasMessageContaining("ledger");
	}

	@Test
	void usingAnotherModulesApiIsNoViolation() {
		Violations violations = this.fixtures.detectViolations();
		assertThat(violations.getMessages()).isNotEmpty()
			.allSatisfy(message -> assertThat(message).contains("shipping.internal.Parcel"));
	}

}
