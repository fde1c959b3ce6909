/**
 * Register: the policy pack with controllers, purposes, legal bases, recipients and
 * retention rules; notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register",
		allowedDependencies = { "audit", "consent", "identity", "people", "personaldata", "platform::crypto",
				"platform::mail", "platform::pdf", "platform::dashboard", "platform::problem" })
package org.tutela.register;
