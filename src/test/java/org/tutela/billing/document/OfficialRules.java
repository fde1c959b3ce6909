package org.tutela.billing.document;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import org.w3c.dom.Document;

/**
 * The official Peppol and EN 16931 rules as phive runs them, for tests to check a UBL
 * document apart from the code that issued it.
 */
public final class OfficialRules {

	private static final ValidationExecutorSetRegistry<IValidationSourceXML> RULES = new ValidationExecutorSetRegistry<>();

	static {
		PeppolValidation.initStandard(RULES);
		EN16931Validation.initEN16931(RULES);
	}

	private OfficialRules() {
	}

	/** The document checked against the rule set, in English. */
	public static ValidationResultList check(byte[] ubl, DVRCoordinate rules) {
		return ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), RULES.getOfID(rules),
				ValidationSourceXML.create(null, parse(ubl)), Locale.ENGLISH);
	}

	/** The document, its namespaces kept. */
	public static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

}
