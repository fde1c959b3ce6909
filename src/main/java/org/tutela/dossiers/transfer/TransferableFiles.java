package org.tutela.dossiers.transfer;

import java.util.List;
import java.util.UUID;

/**
 * One kind of file that goes to the client's new external prevention service when the
 * client changes service (MEN-20).
 */
public interface TransferableFiles {

	/** Whether the organisation's policy keeps this kind of file at all. */
	boolean kept();

	/** The pack activity the files serve: the disclosure is recorded under it. */
	String activity();

	/** The kind's name in the package's manifest. */
	String kind();

	/** The client organisations some file of this kind is kept for. */
	List<UUID> employers();

	/**
	 * Every file of this kind kept for the client's workers, whole, each reading audited;
	 * the caller is refused on the record where the pack does not let their role in.
	 */
	List<TransferredFile> ofEmployer(UUID organisation);

}
