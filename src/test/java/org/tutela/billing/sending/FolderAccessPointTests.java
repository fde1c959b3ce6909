package org.tutela.billing.sending;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.billing.PeppolHandOverFailed;
import org.tutela.billing.PeppolSendingOff;
import org.tutela.billing.sending.PeppolAccessPoint.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The folder an access point watches: the file appears whole under its number, the
 * answers are read by their names, and without a folder Peppol sending is off.
 */
class FolderAccessPointTests {

	@TempDir
	Path folder;

	@Test
	void theDocumentIsWrittenUnderItsNumberAndTheAnswersAreReadByName() throws Exception {
		FolderAccessPoint accessPoint = new FolderAccessPoint(this.folder.toString(), "");
		assertThat(accessPoint.on()).isTrue();

		accessPoint.hand("2026-00017", "<Invoice/>".getBytes(StandardCharsets.UTF_8));

		assertThat(this.folder.resolve("2026-00017.xml")).hasContent("<Invoice/>");
		try (var files = Files.list(this.folder)) {
			assertThat(files).hasSize(1);
		}
		Path answers = Files.createDirectories(this.folder.resolve("answers"));
		Files.writeString(answers.resolve("2026-00017.error"), "  PEPPOL-COMMON-R043 refused  ");
		Files.writeString(answers.resolve("2026-00018.ok"), "");
		Files.writeString(answers.resolve("notes.txt"), "not an answer");
		assertThat(accessPoint.answers()).containsExactly(new Answer("2026-00017", false, "PEPPOL-COMMON-R043 refused"),
				new Answer("2026-00018", true, null));
		accessPoint.acknowledge(new Answer("2026-00018", true, null));
		assertThat(answers.resolve("2026-00018.ok")).doesNotExist();
	}

	@Test
	void withoutAFolderPeppolSendingIsOffAndAMissingFolderRefusesTheHandOver() {
		FolderAccessPoint off = new FolderAccessPoint("", "");
		assertThat(off.on()).isFalse();
		assertThat(off.answers()).isEmpty();
		assertThatThrownBy(() -> off.hand("2026-00001", new byte[0])).isInstanceOf(PeppolSendingOff.class);

		FolderAccessPoint gone = new FolderAccessPoint(this.folder.resolve("missing").toString(), "");
		assertThatThrownBy(() -> gone.hand("2026-00001", new byte[0])).isInstanceOf(PeppolHandOverFailed.class);
	}

}
