/**
 * Recruitment: vacancies staff open and close, the public application form with its CV (a
 * PDF, kept encrypted) and the unticked box to keep the application for other vacancies,
 * read only by accounts holding the {@code recruitment} permission (SKI-2).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruitment",
		allowedDependencies = { "audit", "identity", "people", "personaldata", "platform::forms", "platform::crypto",
				"platform::dashboard", "platform::database", "platform::dates", "platform::mail", "platform::pdf",
				"platform::problem", "register" })
package org.tutela.recruitment;
