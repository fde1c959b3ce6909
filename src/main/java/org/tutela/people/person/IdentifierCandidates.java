package org.tutela.people.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tutela.people.IdentifierKind;
import org.tutela.people.identifier.Bsn;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.people.identifier.NationalNumber;

/**
 * What an identifier typed in a search box can be: each kind it parses as, in its
 * canonical form, turned into that kind's blind index. Lookups then match exactly without
 * decrypting.
 */
@Component
public class IdentifierCandidates {

	private final IdentifierVault vault;

	IdentifierCandidates(IdentifierVault vault) {
		this.vault = vault;
	}

	public List<Map.Entry<IdentifierKind, String>> of(String typed) {
		List<Map.Entry<IdentifierKind, String>> candidates = new ArrayList<>();
		try {
			candidates.add(index(IdentifierKind.NATIONAL_NUMBER, NationalNumber.parse(typed).digits()));
		}
		catch (InvalidValue notNationalNumber) {
			// Not a national number; the other kinds may still match.
		}
		try {
			candidates.add(index(IdentifierKind.BSN, Bsn.parse(typed).digits()));
		}
		catch (InvalidValue notBsn) {
			// Not a BSN either.
		}
		candidates.add(index(IdentifierKind.PERSONNEL_NUMBER, typed.strip()));
		candidates.add(index(IdentifierKind.SUBSTITUTE_NUMBER, typed.strip()));
		return candidates;
	}

	private Map.Entry<IdentifierKind, String> index(IdentifierKind kind, String canonical) {
		return Map.entry(kind, this.vault.blindIndex(kind, canonical));
	}

}
