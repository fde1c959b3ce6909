package org.tutela.audit.trail;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tutela.audit.ChainReport;
import org.tutela.audit.trail.Entries.Head;

/**
 * Walks the sealed chain in order, a page at a time (constant memory), and reports the
 * first entry whose sequence, link or hash is wrong; then compares the chain's end with
 * the head last written outside the database, which catches removed newest entries.
 */
@Component
public class Verifier {

	private static final int PAGE = 10_000;

	private final Entries entries;

	private final HeadFile headFile;

	Verifier(Entries entries, HeadFile headFile) {
		this.entries = entries;
		this.headFile = headFile;
	}

	public ChainReport verify() {
		// Read before the chain: the chain only grows meanwhile, so the written head is
		// never ahead by a race.
		Optional<Head> written = this.headFile.last();
		long unsealed = this.entries.countUnsealed();
		long seq = 0;
		String hash = ChainHash.GENESIS;
		List<Entry> page;
		while (!(page = this.entries.sealedAfter(seq, PAGE)).isEmpty()) {
			for (Entry entry : page) {
				String problem = problem(entry, seq, hash, written);
				if (problem != null) {
					return new ChainReport(seq, unsealed, entry.chainSeq(), problem);
				}
				seq = entry.chainSeq();
				hash = entry.hash();
			}
		}
		if (written.isPresent() && written.get().seq() > seq) {
			return new ChainReport(seq, unsealed, seq + 1, "the chain ends at entry " + seq + " but had reached entry "
					+ written.get().seq() + ": entries were removed from its end");
		}
		return new ChainReport(seq, unsealed, null, null);
	}

	private static String problem(Entry entry, long previousSeq, String previousHash, Optional<Head> written) {
		if (entry.chainSeq() != previousSeq + 1) {
			return "entry " + (previousSeq + 1) + " is missing (the next one found is " + entry.chainSeq() + ")";
		}
		if (!previousHash.equals(entry.prevHash())) {
			return "its link to entry " + previousSeq + " does not match that entry's hash";
		}
		if (!ChainHash.of(entry, entry.chainSeq(), entry.prevHash()).equals(entry.hash())) {
			return "its content was changed after sealing (id " + entry.id() + ")";
		}
		if (written.isPresent() && written.get().seq() == entry.chainSeq()
				&& !written.get().hash().equals(entry.hash())) {
			return "its hash differs from the one written outside the database: the chain was rewritten";
		}
		return null;
	}

}
