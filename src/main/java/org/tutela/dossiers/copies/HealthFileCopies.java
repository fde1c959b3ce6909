package org.tutela.dossiers.copies;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.surveillance.HealthFiles;
import org.tutela.personaldata.PersonId;

/** The worker's health files, every section, in the copy. */
@Component
class HealthFileCopies implements MedicalFilesOfWorker {

	private final HealthFiles files;

	HealthFileCopies(HealthFiles files) {
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
	public List<CopiedFile> of(PersonId worker) {
		return this.files.forAttendingPhysician(worker)
			.stream()
			.map(opened -> new CopiedFile("dossiers/health-record", opened))
			.toList();
	}

}
