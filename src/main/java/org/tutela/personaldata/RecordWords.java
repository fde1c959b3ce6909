package org.tutela.personaldata;

import java.util.Locale;
import java.util.Map;

/**
 * What a record the catalogue exports says, in the words staff read it: what the record
 * is, each field's name, and each value with codes worded, days and moments in the
 * reader's language and ids replaced by what they stand for. The requests module
 * implements it (it words the same records for the person), so that modules it depends on
 * (people) can show a person's data without depending on it.
 */
public interface RecordWords {

	/**
	 * What the record is: "Registration for a session", "Contact details: work e-mail".
	 */
	String kind(PersonalRecord record, Locale locale);

	/** A field's name: "First name". */
	String field(PersonalRecord record, String column, Locale locale);

	/**
	 * The record's fields by column, each value in words; those that say nothing to a
	 * reader (keyed hashes, ids of what no longer exists) left out.
	 */
	Map<String, String> readable(PersonalRecord record, Locale locale);

}
