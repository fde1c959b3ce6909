package org.tutela.platform.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Encrypted columns, blind indexes and key rotation on the real database (MEN-10; ASVS
 * 11.3.2 approved authenticated encryption, 11.2.2 crypto agility, 14.2.4 data
 * protection). The encrypted column used is a real one: the authenticator secrets of
 * accounts.
 */
@HttpTest
class FieldEncryptionTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Autowired
	FieldKeys keys;

	@Autowired
	KeyedHash keyedHash;

	@Test
	void anEncryptedColumnHoldsNoPlaintext_MEN10_ASVS_11_3_2() {
		TestAccount dpo = this.accounts.fresh(Role.DPO);
		String raw = rawSecret(dpo);
		assertThat(raw).isNotBlank().doesNotContain(dpo.totpSecret());
		assertThat(this.cipher.decrypt(secretOf(dpo), raw)).isEqualTo(dpo.totpSecret());
	}

	@Test
	void aValueMovedToAnotherRowOrColumnNoLongerDecrypts_ASVS_11_3_2() {
		FieldRef here = new FieldRef("identity_account", "totp_secret", UUID.randomUUID().toString());
		String ciphertext = this.cipher.encrypt(here, "JBSWY3DPEHPK3PXP");
		assertThatThrownBy(
				() -> this.cipher.decrypt(new FieldRef(here.table(), here.column(), "another-row"), ciphertext))
			.isInstanceOf(UndecryptableField.class)
			.hasMessageNotContaining("JBSWY3DPEHPK3PXP");
		assertThatThrownBy(() -> this.cipher.decrypt(new FieldRef(here.table(), "email", here.row()), ciphertext))
			.isInstanceOf(UndecryptableField.class);
	}

	@Test
	void aBlindIndexFindsAnEncryptedValueByExactMatch_MEN10() {
		String table = "probe_" + UUID.randomUUID().toString().replace("-", "");
		this.jdbc
			.sql("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, email VARCHAR(500), email_index VARCHAR(64))")
			.update();
		try {
			String[] emails = { "an.peeters@example.be", "jan.janssens@example.nl", "marie.dubois@example.be" };
			for (int id = 0; id < emails.length; id++) {
				this.jdbc.sql("INSERT INTO " + table + " VALUES (?, ?, ?)")
					.params(id, this.cipher.encrypt(new FieldRef(table, "email", Integer.toString(id)), emails[id]),
							this.keyedHash.hash("probe.email", emails[id]))
					.update();
			}
			Integer found = this.jdbc.sql("SELECT id FROM " + table + " WHERE email_index = ?")
				.param(this.keyedHash.hash("probe.email", "jan.janssens@example.nl"))
				.query(Integer.class)
				.single();
			assertThat(found).isEqualTo(1);
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE email LIKE '%@%'")
				.query(Integer.class)
				.single()).isZero();
			assertThat(this.keyedHash.hash("probe.phone", "jan.janssens@example.nl"))
				.isNotEqualTo(this.keyedHash.hash("probe.email", "jan.janssens@example.nl"));
		}
		finally {
			this.jdbc.sql("DROP TABLE " + table).update();
		}
	}

	@Test
	void rotationReEncryptsEveryValueWhileOldCiphertextKeepsDecrypting_MEN10_ASVS_11_2_2() {
		List<TestAccount> enrolled = new ArrayList<>();
		List<String> before = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			TestAccount account = this.accounts.fresh(Role.PHYSICIAN);
			enrolled.add(account);
			before.add(rawSecret(account));
		}
		this.keys.rotate();
		for (int i = 0; i < enrolled.size(); i++) {
			assertThat(this.cipher.decrypt(secretOf(enrolled.get(i)), before.get(i)))
				.as("a value under the old key still decrypts during rotation")
				.isEqualTo(enrolled.get(i).totpSecret());
		}
		this.keys.reEncrypt();
		assertThat(this.keys.valuesUnderOldKeys()).isZero();
		for (int i = 0; i < enrolled.size(); i++) {
			String after = rawSecret(enrolled.get(i));
			assertThat(after).isNotEqualTo(before.get(i));
			assertThat(this.cipher.decrypt(secretOf(enrolled.get(i)), after)).isEqualTo(enrolled.get(i).totpSecret());
		}
	}

	private String rawSecret(TestAccount account) {
		return this.jdbc.sql("SELECT totp_secret FROM identity_account WHERE id = ?")
			.param(account.id().value())
			.query(String.class)
			.single();
	}

	private static FieldRef secretOf(TestAccount account) {
		return new FieldRef("identity_account", "totp_secret", account.id().value().toString());
	}

}
