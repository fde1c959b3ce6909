package org.tutela.requests.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.StaffAccounts;
import org.tutela.people.MailAddresses;

/** The person the signed-in portal account stands for, found by its e-mail address. */
@Component
class PortalPerson {

	private final StaffAccounts accounts;

	private final MailAddresses addresses;

	PortalPerson(StaffAccounts accounts, MailAddresses addresses) {
		this.accounts = accounts;
		this.addresses = addresses;
	}

	Optional<UUID> current() {
		return Caller.account().flatMap(this.accounts::email).flatMap(this.addresses::personWith);
	}

}
