package org.tutela.billing.document;

import java.util.Locale;

import com.helger.diagnostics.error.IError;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.xml.serialize.read.DOMReader;
import org.springframework.stereotype.Component;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.InvoiceBreaksRules;
import org.tutela.billing.InvoiceBreaksRules.BrokenRule;
import org.w3c.dom.Document;

/**
 * The official rules a UBL invoice or credit note must keep before it is issued: the UBL
 * 2.1 schema with EN 16931, and Peppol BIS Billing 3.0 (release 2026.5) for a document in
 * it, as phive runs them. The first check compiles the rules and takes seconds; later
 * ones take milliseconds.
 */
@Component
class InvoiceRules {

	/** The rules' texts are in English only. */
	private static final Locale RULES_LANGUAGE = Locale.ENGLISH;

	/** What an error of the UBL schema, which names no rule, is named by. */
	private static final String SCHEMA = "UBL 2.1 schema";

	private final ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();

	InvoiceRules() {
		EN16931Validation.initEN16931(this.registry);
		PeppolValidation.initStandard(this.registry);
	}

	/**
	 * Checks a document against the rules of its kind.
	 * @throws InvoiceBreaksRules naming every rule it breaks; warnings are not refusals
	 */
	void check(byte[] ubl, Specification specification, DocumentKind kind) {
		Document document = DOMReader.readXMLDOM(ubl);
		if (document == null) {
			throw new IllegalArgumentException("not an XML document");
		}
		ValidationResultList results = ValidationExecutionManager.executeValidation(
				IValidityDeterminator.createDefault(), this.registry.getOfID(specification.rules(kind)),
				ValidationSourceXML.create(null, document), RULES_LANGUAGE);
		if (!results.containsNoError()) {
			throw new InvoiceBreaksRules(results.getAllErrors().stream().map(InvoiceRules::broken).toList());
		}
	}

	private static BrokenRule broken(IError error) {
		String id = error.getErrorID() != null ? error.getErrorID() : SCHEMA;
		String text = error.getErrorText(RULES_LANGUAGE);
		// The rules repeat their identifier before their text: "[BR-E-10]-A VAT …".
		String prefix = "[" + id + "]-";
		String location = error.getErrorFieldName() != null ? error.getErrorFieldName()
				: error.hasErrorLocation() ? error.getErrorLocation().getAsString() : "";
		return new BrokenRule(id, text.startsWith(prefix) ? text.substring(prefix.length()) : text, location);
	}

}
