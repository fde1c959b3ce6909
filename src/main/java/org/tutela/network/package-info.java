/**
 * The professional network (quality network): contact records with only professionally
 * relevant data and how the contact began (VCK-1, VCK-2), the expertise members share and
 * the topics they want to discuss, expertise matching and event participant lists handed
 * to other members unless the person opted out, each recorded as a disclosure (VCK-8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network",
		allowedDependencies = { "audit", "catalog", "consent", "disclosures", "enrolment", "identity", "people",
				"personaldata", "platform::dates", "platform::pdf", "platform::problem", "platform::dashboard",
				"platform::spreadsheet", "register" })
@org.jspecify.annotations.NullMarked
package org.tutela.network;
