package org.tutela.enrolment.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.consent.ConsentLedger;
import org.tutela.enrolment.FormField;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.people.IdentifierKind;
import org.tutela.people.NewContact;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
import org.tutela.people.Provenance;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Register;

/**
 * The rules a registration form must meet beyond the person's own fields (which the
 * people module checks): a name and an address, the national register number where the
 * course needs it, explicit consent for a remark, and the published wording behind a
 * ticked marketing box.
 */
@Component
public class FormChecks {

	private final ConsentLedger ledger;

	private final Register register;

	FormChecks(ConsentLedger ledger, Register register) {
		this.ledger = ledger;
		this.register = register;
	}

	/**
	 * Checks every form at once; fields are named {@code prefix[i].field} when there are
	 * several.
	 */
	public void check(List<RegistrationForm> forms, Set<FormField> asked, String prefix) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < forms.size(); i++) {
			String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
			RegistrationForm form = forms.get(i);
			if (form.firstName() == null || form.firstName().isBlank()) {
				errors.add(new FieldError(at + "firstName", "required"));
			}
			if (form.lastName() == null || form.lastName().isBlank()) {
				errors.add(new FieldError(at + "lastName", "required"));
			}
			if (form.email() == null || form.email().isBlank()) {
				errors.add(new FieldError(at + "email", "required"));
			}
			if (asked.contains(FormField.NATIONAL_NUMBER)
					&& (form.nationalNumber() == null || form.nationalNumber().isBlank())) {
				errors.add(new FieldError(at + "nationalNumber", "registration.national-number"));
			}
			if (asked.contains(FormField.REMARK) && form.remark() != null && !form.remark().isBlank()) {
				if (!form.consentsToRemark()) {
					errors.add(new FieldError(at + "remarkConsent", "registration.remark-consent"));
				}
				if (form.remark().length() > 1000) {
					errors.add(new FieldError(at + "remark", "too-long"));
				}
			}
			if (asked.contains(FormField.MARKETING) && form.wantsMarketing()
					&& (form.wording() == null || this.ledger.wording(form.wording())
						.filter(wording -> wording.purpose().equals(this.register.pack().training().marketing()))
						.isEmpty())) {
				errors.add(new FieldError(at + "wording", "consent.wording"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	/** The person as the form gives them, with only the fields the form asks for. */
	public static NewPerson person(RegistrationForm form, Set<FormField> asked, String language,
			Provenance provenance) {
		List<NewContact> phones = asked.contains(FormField.PHONE) && form.phone() != null && !form.phone().isBlank()
				? List.of(NewContact.business(form.phone())) : List.of();
		List<NewIdentifier> identifiers = asked.contains(FormField.NATIONAL_NUMBER) && form.nationalNumber() != null
				&& !form.nationalNumber().isBlank()
						? List.of(new NewIdentifier(IdentifierKind.NATIONAL_NUMBER, form.nationalNumber())) : List.of();
		return new NewPerson(form.firstName(), null, form.lastName(),
				asked.contains(FormField.BIRTH_DATE) ? form.birthDate() : null, language,
				asked.contains(FormField.JOB_FUNCTION) ? form.jobFunction() : null, provenance,
				List.of(NewContact.business(String.valueOf(form.email()).strip())), phones, identifiers);
	}

}
