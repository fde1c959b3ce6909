package org.tutela.enrolment;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.catalog.Course;
import org.tutela.personaldata.DataCategory;
import org.tutela.register.Activity;
import org.tutela.register.Register;
import org.tutela.register.Training;

/**
 * Which fields a registration form asks for a course, as the active pack allows (MEZ-1).
 */
@Component
public class RegistrationFields {

	private final Register register;

	RegistrationFields(Register register) {
		this.register = register;
	}

	public boolean open() {
		return this.register.pack().training().open();
	}

	public Set<FormField> asked(Course course) {
		Training training = this.register.pack().training();
		Set<FormField> fields = EnumSet.noneOf(FormField.class);
		if (!training.open()) {
			return fields;
		}
		Activity registration = this.register.pack().activity(training.registration()).orElseThrow();
		fields.add(FormField.NAME);
		fields.add(FormField.EMAIL);
		fields.add(FormField.PHONE);
		if (registration.categories().contains(DataCategory.DEMOGRAPHIC)) {
			fields.add(FormField.BIRTH_DATE);
		}
		if (registration.categories().contains(DataCategory.PROFESSIONAL)) {
			fields.add(FormField.JOB_FUNCTION);
		}
		if (course.certified() && training.certification() != null) {
			fields.add(FormField.NATIONAL_NUMBER);
		}
		if (training.remarks() != null) {
			fields.add(FormField.REMARK);
		}
		if (training.marketing() != null) {
			fields.add(FormField.MARKETING);
		}
		return fields;
	}

	/**
	 * The activity registrations are collected for, as the notice beside the form names
	 * it.
	 */
	public Activity activity() {
		return this.register.pack().activity(this.register.pack().training().registration()).orElseThrow();
	}

}
