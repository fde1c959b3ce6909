/**
 * Members: the public membership application (CES-4), the staff's decision on it, the
 * member record with its organisation, contact person and the start and end of the
 * membership, kept as the pack's rule counts from the end of the membership or from the
 * decision on a refused application (CES-9).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members",
		allowedDependencies = { "audit", "identity", "people", "people::identifier", "personaldata", "platform::forms",
				"platform::crypto", "platform::mail", "platform::problem", "register" })
package org.tutela.members;
