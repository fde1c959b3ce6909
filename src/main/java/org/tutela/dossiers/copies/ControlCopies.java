package org.tutela.dossiers.copies;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.AbsenteeismControls;
import org.tutela.personaldata.PersonId;

/** The worker's absenteeism controls, order and examination, in the copy. */
@Component
class ControlCopies implements MedicalFilesOfWorker {

	private final AbsenteeismControls controls;

	ControlCopies(AbsenteeismControls controls) {
		this.controls = controls;
	}

	@Override
	public boolean kept() {
		return this.controls.offered();
	}

	@Override
	public String activity() {
		return this.controls.activity().id();
	}

	@Override
	public List<CopiedFile> of(PersonId worker) {
		return this.controls.forAttendingPhysician(worker)
			.stream()
			.map(opened -> new CopiedFile("dossiers/control-record", opened))
			.toList();
	}

}
