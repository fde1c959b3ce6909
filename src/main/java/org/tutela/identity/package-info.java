/**
 * Identity: staff accounts, roles, multi-factor authentication, portal login and login
 * history, and the web security every request passes through.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "audit",
		"personaldata", "platform::crypto", "platform::mail", "platform::dashboard", "platform::problem" })
package org.tutela.identity;
