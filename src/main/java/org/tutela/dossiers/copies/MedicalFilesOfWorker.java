package org.tutela.dossiers.copies;

import java.util.List;

import org.tutela.personaldata.PersonId;

/**
 * One kind of medical file, as the copy for a worker's attending physician gathers it
 * (MEN-17, CER-9).
 */
public interface MedicalFilesOfWorker {

	/** Whether the organisation's policy keeps this kind of file at all. */
	boolean kept();

	/**
	 * The pack activity the files serve: the disclosure to the attending physician is
	 * recorded under it.
	 */
	String activity();

	/**
	 * The worker's files of this kind, health data included, each reading audited; the
	 * caller is refused on the record where the pack does not let their role in.
	 */
	List<CopiedFile> of(PersonId worker);

}
