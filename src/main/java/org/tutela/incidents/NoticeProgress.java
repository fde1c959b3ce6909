package org.tutela.incidents;

import java.util.List;
import java.util.Map;

/**
 * Where the telling of a breach's persons stands (GDPR Art. 34): how many are selected
 * and not yet sent to, queued, told, without an e-mail address (for whom a public
 * communication is needed, Art. 34(3)(c)) and failed; the languages the selection needs,
 * each with its notice once written.
 */
public record NoticeProgress(int selected, int queued, int told, int withoutAddress, int failed, List<String> languages,
		Map<String, BreachNotice> notices) {

	public NoticeProgress {
		languages = List.copyOf(languages);
		notices = Map.copyOf(notices);
	}

	public int total() {
		return this.selected + this.queued + this.told + this.withoutAddress + this.failed;
	}

	/** The languages the selection needs that have no notice yet. */
	public List<String> missing() {
		return this.languages.stream().filter(language -> !this.notices.containsKey(language)).toList();
	}

}
