package org.tutela.dossiers.transfer;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.copies.CopiedFile;
import org.tutela.dossiers.surveillance.HealthFiles;

/**
 * The client's workers' health files, in their four sections, go to its next service
 * (MEN-20; Code on well-being at work, book I, title 4).
 */
@Component
class HealthFileTransfers implements TransferableFiles {

	private final HealthFiles files;

	HealthFileTransfers(HealthFiles files) {
		this.files = files;
	}

	@Override
	public boolean kept() {
		return this.files.offered();
	}

	@Override
	public String activity() {
		return this.files.activity().id();
	}

	@Override
	public String kind() {
		return "health-file";
	}

	@Override
	public List<UUID> employers() {
		return this.files.employers();
	}

	@Override
	public List<TransferredFile> ofEmployer(UUID organisation) {
		return this.files.forTransfer(organisation)
			.stream()
			.map(opened -> new TransferredFile(opened.file().worker(), opened.file().reference(),
					new CopiedFile("dossiers/health-record", opened)))
			.toList();
	}

}
