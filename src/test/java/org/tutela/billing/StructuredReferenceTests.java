package org.tutela.billing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StructuredReferenceTests {

	@Test
	void theCheckIsTheTenDigitsModulo97() {
		assertThat(StructuredReference.of(108068171L)).hasToString("+++010/8068/17183+++");
		assertThat(StructuredReference.parse("+++010/8068/17183+++").digits()).isEqualTo("010806817183");
		assertThat(StructuredReference.parse("123/4567/89002")).hasToString("+++123/4567/89002+++");
	}

	@Test
	void aRemainderOfNothingIsWrittenAs97() {
		assertThat(StructuredReference.of(97L).digits()).isEqualTo("000000009797");
	}

	@Test
	void aWrongCheckOrLengthIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> StructuredReference.parse("010/8068/17180"));
		assertThatIllegalArgumentException().isThrownBy(() -> StructuredReference.parse("010/8068/1718"));
		assertThatIllegalArgumentException().isThrownBy(() -> StructuredReference.of(10_000_000_000L));
	}

}
