package org.tutela.audit.trail;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.audit.ChainReport;
import org.tutela.audit.trail.Entries.Head;

/**
 * Walks the sealed chain in order, a page at a time (constant memory), and reports the
 * first entry whose sequence, link or hash is wrong, or that differs from a head written
 * outside the database; then whether those heads reached further than the chain does,
 * which catches removed newest entries.
 */
@Component
public class Verifier {

	private static final int PAGE = 10_000;

	private final Entries entries;

	private final HeadFile headFile;

	public Verifier(Entries entries, HeadFile headFile) {
		this.entries = entries;
		this.headFile = headFile;
	}

	public ChainReport verify() {
		// Opened before the chain is read: the chain only grows meanwhile, so a written
		// head is never ahead by a race.
		List<WrittenHeads> written = new ArrayList<>();
		try {
			this.headFile.files().forEach(file -> written.add(WrittenHeads.open(file)));
			return walk(written);
		}
		finally {
			written.forEach(WrittenHeads::close);
		}
	}

	private ChainReport walk(List<WrittenHeads> written) {
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
		for (WrittenHeads heads : written) {
			Head ahead = heads.ahead();
			if (ahead != null) {
				return new ChainReport(seq, unsealed, seq + 1, "the chain ends at entry " + seq
						+ " but had reached entry " + ahead.seq() + ": entries were removed from its end");
			}
		}
		return new ChainReport(seq, unsealed, null, null);
	}

	private static @Nullable String problem(Entry entry, long previousSeq, String previousHash,
			List<WrittenHeads> written) {
		if (entry.chainSeq() != previousSeq + 1) {
			return "entry " + (previousSeq + 1) + " is missing (the next one found is " + entry.chainSeq() + ")";
		}
		if (!previousHash.equals(entry.prevHash())) {
			return "its link to entry " + previousSeq + " does not match that entry's hash";
		}
		if (!ChainHash.of(entry, entry.chainSeq(), entry.prevHash()).equals(entry.hash())) {
			return "its content was changed after sealing (id " + entry.id() + ")";
		}
		for (WrittenHeads heads : written) {
			String problem = heads.meet(entry.chainSeq(), entry.hash());
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

}
