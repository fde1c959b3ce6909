package org.tutela.audit.trail;

import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.audit.trail.Entries.Head;

/**
 * Links inserted entries into the chain in the order of their ids, a batch per
 * transaction. The head row's lock makes one node seal at a time; writers never wait for
 * it. An entry committed late, below ids already sealed, is simply sealed in a later
 * batch: the chain's order is its sequence number, not the id.
 */
@Component
public class Sealer {

	private static final int BATCH = 2_000;

	private final Entries entries;

	private final HeadFile headFile;

	private final TransactionTemplate transactions;

	Sealer(Entries entries, HeadFile headFile, TransactionTemplate transactions) {
		this.entries = entries;
		this.headFile = headFile;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${tutela.audit.seal-interval:1s}")
	@SchedulerLock(name = "audit-sealer")
	void sealRegularly() {
		sealAll();
	}

	/** Seals everything inserted so far; returns how many entries it sealed. */
	public long sealAll() {
		long sealed = 0;
		Head head = null;
		while (true) {
			Batch batch = this.transactions.execute(status -> sealBatch());
			if (batch == null || batch.count() == 0) {
				break;
			}
			sealed += batch.count();
			head = batch.head();
		}
		if (head != null) {
			this.headFile.append(head);
		}
		return sealed;
	}

	private Batch sealBatch() {
		Head head = this.entries.lockHead();
		List<Entry> batch = this.entries.unsealed(BATCH);
		long seq = head.seq();
		String hash = head.hash();
		List<Object[]> seals = new ArrayList<>(batch.size());
		for (Entry entry : batch) {
			seq++;
			String next = ChainHash.of(entry, seq, hash);
			seals.add(new Object[] { seq, hash, next, entry.id() });
			hash = next;
		}
		this.entries.seal(seals);
		Head moved = new Head(seq, hash);
		if (!batch.isEmpty()) {
			this.entries.moveHead(moved);
		}
		return new Batch(batch.size(), moved);
	}

	private record Batch(int count, Head head) {
	}

}
