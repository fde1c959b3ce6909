package org.tutela.incidents.breach;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.incidents.AuthorityNotification;
import org.tutela.incidents.Breach;
import org.tutela.incidents.BreachClock;
import org.tutela.incidents.BreachSubmission;
import org.tutela.incidents.NotificationItem;
import org.tutela.platform.dates.Dates;
import org.tutela.register.Controller;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;

/**
 * The notification of a breach to the supervisory authority (GDPR Art. 33(3): the nature
 * of the breach with the categories and approximate numbers of persons and records, the
 * data protection officer's contact, the likely consequences, the measures taken or
 * proposed), its items in the order the online form of the controller's country asks for
 * them, so that the officer copies them from top to bottom: the Belgian Data Protection
 * Authority's (GBA/APD) asks for the dates before the circumstances and the data before
 * the persons; the Dutch Autoriteit Persoonsgegevens' starts with a summary of the breach
 * and the number of persons, then the period. Elsewhere the article's order.
 */
@Component
public class AuthorityForms {

	/** The items of a notification, as headings of the forms. */
	enum Item {

		PHASE, CONTROLLER, DPO, DATES, DELAY, NATURE, DATA, PERSONS, CONSEQUENCES, MEASURES, PERSONS_TOLD

	}

	private static final Map<String, List<Item>> ORDERS = Map.of("BE",
			List.of(Item.PHASE, Item.CONTROLLER, Item.DPO, Item.DATES, Item.DELAY, Item.NATURE, Item.DATA, Item.PERSONS,
					Item.CONSEQUENCES, Item.MEASURES, Item.PERSONS_TOLD),
			"NL", List.of(Item.PHASE, Item.CONTROLLER, Item.DPO, Item.NATURE, Item.PERSONS, Item.DATES, Item.DELAY,
					Item.DATA, Item.CONSEQUENCES, Item.MEASURES, Item.PERSONS_TOLD));

	/** GDPR Art. 33(3) (a) to (d), with the dates and the delay of Art. 33(1). */
	private static final List<Item> ARTICLE = List.of(Item.PHASE, Item.CONTROLLER, Item.NATURE, Item.PERSONS, Item.DATA,
			Item.DPO, Item.CONSEQUENCES, Item.MEASURES, Item.DATES, Item.DELAY, Item.PERSONS_TOLD);

	private final Register register;

	private final MessageSource messages;

	private final Dates dates;

	AuthorityForms(Register register, MessageSource messages, Dates dates) {
		this.register = register;
		this.messages = messages;
		this.dates = dates;
	}

	public AuthorityNotification of(Breach breach, Locale locale) {
		PolicyPack pack = this.register.pack();
		List<NotificationItem> items = new ArrayList<>();
		for (Item item : order(pack.home())) {
			List<String> lines = lines(item, breach, pack, locale);
			if (!lines.isEmpty()) {
				items.add(new NotificationItem(word("breach.item." + item, locale), lines));
			}
		}
		return new AuthorityNotification(breach, pack.authorityName(), pack.home(), items);
	}

	/** The items in the order of the online form of the authority of a country. */
	static List<Item> order(String country) {
		return ORDERS.getOrDefault(country, ARTICLE);
	}

	private List<String> lines(Item item, Breach breach, PolicyPack pack, Locale locale) {
		switch (item) {
			case PHASE:
				return List.of(phase(breach, locale));
			case CONTROLLER:
				return pack.controllers().stream().map(Controller::name).toList();
			case DPO:
				return List.of(pack.dpoEmail());
			case DATES:
				return List.of(
						word("breach.item.began", locale,
								breach.beganAt() == null ? word("breach.unknown", locale)
										: this.dates.moment(breach.beganAt(), locale)),
						word("breach.item.discovered", locale, this.dates.moment(breach.discoveredAt(), locale)));
			case DELAY:
				return breach.clock(BreachClock.Kind.AUTHORITY).filter(BreachClock::late).isPresent()
						? List.of(word("breach.item.delay", locale)) : List.of();
			case NATURE:
				return List.of(breach.title(), breach.whatHappened());
			case DATA:
				return List.of(breach.dataCategories(), count("breach.item.records", breach.records(), locale));
			case PERSONS:
				return List.of(breach.personCategories(), count("breach.item.persons", breach.persons(), locale));
			case CONSEQUENCES:
				return List.of(written(breach.consequences(), locale));
			case MEASURES:
				return List.of(word("breach.item.taken", locale, written(breach.measuresTaken(), locale)),
						word("breach.item.planned", locale, written(breach.measuresPlanned(), locale)));
			default:
				return List.of(word("breach.item.told." + breach.risk(), locale));
		}
	}

	private String phase(Breach breach, Locale locale) {
		if (!breach.notified()) {
			return word("breach.item.phase.initial", locale);
		}
		BreachSubmission initial = breach.submissions().get(0);
		String on = this.dates.moment(initial.submittedAt(), locale);
		return initial.authorityReference() == null ? word("breach.item.phase.complement", locale, on)
				: word("breach.item.phase.complement.reference", locale, on, initial.authorityReference());
	}

	private String count(String key, @Nullable Integer number, Locale locale) {
		return number == null ? word(key + ".unknown", locale)
				: word(key, locale, NumberFormat.getIntegerInstance(locale).format(number));
	}

	private String written(@Nullable String text, Locale locale) {
		return text == null ? word("breach.not-yet", locale) : text;
	}

	private String word(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
