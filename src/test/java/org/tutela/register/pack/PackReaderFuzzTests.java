package org.tutela.register.pack;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tutela.register.InvalidPolicyPack;

/**
 * An organisation's own policy pack is outside input: whatever the file holds, reading it
 * gives a pack or the list of its problems, never another failure.
 */
class PackReaderFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void anyFileIsReadOrRefusedWithItsProblems(byte[] file) {
		try {
			PackReader.read("fuzzed.yaml", new String(file, StandardCharsets.UTF_8));
		}
		catch (InvalidPolicyPack refused) {
			// The documented answer to a broken pack.
		}
	}

}
