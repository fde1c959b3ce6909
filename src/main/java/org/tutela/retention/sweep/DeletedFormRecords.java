package org.tutela.retention.sweep;

import java.util.HashSet;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.FormRecordsDeleted;
import org.tutela.retention.hold.HeldPersons;
import org.tutela.retention.sweep.LeftPersons.Left;

/**
 * Records a public form sent, deleted outside the sweeps: the persons they leave behind
 * go as a sweep would remove them (decision 022), in the deleting transaction, so that
 * the records and their persons go together or not at all.
 */
@Component
class DeletedFormRecords {

	private static final Logger log = LoggerFactory.getLogger(DeletedFormRecords.class);

	private final LeftPersons left;

	private final HeldPersons held;

	DeletedFormRecords(LeftPersons left, HeldPersons held) {
		this.left = left;
		this.held = held;
	}

	@EventListener
	void on(FormRecordsDeleted deleted) {
		Left removed = this.left.forget(deleted.persons(), Map.of(), new HashSet<>(), this.held.now(), false);
		if (removed.reached() > 0) {
			log.info("Retention: {} persons went with the records a public form had registered them for",
					removed.reached());
		}
	}

}
