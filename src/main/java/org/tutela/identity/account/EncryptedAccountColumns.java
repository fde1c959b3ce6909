package org.tutela.identity.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tutela.platform.crypto.EncryptedColumn;

/** Declares the account table's encrypted columns, so key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class EncryptedAccountColumns {

	@Bean
	EncryptedColumn totpSecrets() {
		return Accounts.TOTP_SECRET;
	}

}
