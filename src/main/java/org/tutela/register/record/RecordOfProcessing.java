package org.tutela.register.record;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tutela.register.Activity;
import org.tutela.register.Agreement;
import org.tutela.register.AgreementsInHand;
import org.tutela.register.PolicyPack;
import org.tutela.register.Processor;
import org.tutela.register.Recipient;
import org.tutela.register.Register;
import org.tutela.register.notice.NoticeWording;

/**
 * The record of processing activities (GDPR Art. 30) and the overview of processors and
 * third parties (MEN-9, MEN-12, MEN-13, VCK-8), both read from the active pack, for the
 * back office and for export. Only the roles that answer for the register see it.
 */
@Service
public class RecordOfProcessing {

	private final Register register;

	private final NoticeWording wording;

	private final MessageSource messages;

	private final Optional<AgreementsInHand> inHand;

	RecordOfProcessing(Register register, NoticeWording wording, MessageSource messages,
			Optional<AgreementsInHand> inHand) {
		this.register = register;
		this.wording = wording;
		this.messages = messages;
		this.inHand = inHand;
	}

	@PreAuthorize("hasAuthority('register.read')")
	public PolicyPack pack() {
		return this.register.pack();
	}

	@PreAuthorize("hasAuthority('register.read')")
	public List<RecordRow> rows(Locale locale) {
		return this.register.pack().activities().stream().map(activity -> row(activity, locale)).toList();
	}

	/**
	 * Processors first, then every recipient once, with the purposes it receives data
	 * for. A processor's agreement is the one on record where agreements are kept as
	 * records, else what the pack says.
	 */
	@PreAuthorize("hasAuthority('register.read')")
	public List<ThirdParty> thirdParties(Locale locale) {
		List<ThirdParty> parties = new ArrayList<>();
		for (Processor processor : this.register.pack().processors()) {
			Agreement agreement = this.inHand
				.map(recorded -> recorded.recorded(processor.name()) ? Agreement.SIGNED : Agreement.MISSING)
				.orElse(processor.agreement());
			parties.add(new ThirdParty(processor.name(), message("register.role.processor", locale),
					subProcessors(processor, locale), this.wording.where(processor, locale),
					message("register.agreement." + agreement, locale), agreement == Agreement.MISSING));
		}
		Map<Recipient, List<String>> purposes = new LinkedHashMap<>();
		for (Activity activity : this.register.pack().activities()) {
			activity.recipients()
				.forEach(recipient -> purposes.computeIfAbsent(recipient, any -> new ArrayList<>())
					.add(activity.purpose().in(locale)));
		}
		purposes.forEach((recipient,
				forWhat) -> parties.add(new ThirdParty(recipient.name(),
						message("register.recipient." + recipient.type(), locale), String.join("; ", forWhat),
						recipient.country(), message("register.agreement." + recipient.agreement(), locale),
						recipient.agreement() == Agreement.MISSING)));
		return parties;
	}

	/** The processors and third parties an agreement is still missing with (VCK-8). */
	@PreAuthorize("hasAuthority('register.read')")
	public List<ThirdParty> missingAgreements(Locale locale) {
		return thirdParties(locale).stream().filter(ThirdParty::agreementMissing).toList();
	}

	@PreAuthorize("hasAuthority('register.read')")
	public String csv(Locale locale) {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord(RecordRow.COLUMNS.stream().map(column -> message("register.column." + column, locale)));
			for (RecordRow row : rows(locale)) {
				printer.printRecord(row.values());
			}
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return csv.toString();
	}

	private RecordRow row(Activity activity, Locale locale) {
		String none = message("register.none", locale);
		return new RecordRow(activity.id(), activity.purpose().in(locale), this.wording.basisName(activity, locale),
				activity.specialConditions().isEmpty() ? none : this.wording.specialName(activity, locale),
				activity.subjects()
					.stream()
					.map(subject -> this.messages.getMessage("register.subject." + subject, null, subject, locale))
					.collect(Collectors.joining(", ")),
				this.wording.categoryNames(activity, locale),
				activity.access()
					.stream()
					.map(role -> message("role." + role.toUpperCase(Locale.ROOT).replace('-', '_'), locale))
					.collect(Collectors.joining(", ")),
				activity.recipients().isEmpty() ? none
						: activity.recipients()
							.stream()
							.map(recipient -> recipient.name() + " ("
									+ message("register.recipient." + recipient.type(), locale) + ", "
									+ recipient.country() + ")")
							.collect(Collectors.joining("; ")),
				abroad(activity, locale),
				activity.retention()
					.stream()
					.map(rule -> this.wording.retention(rule, locale))
					.collect(Collectors.joining(" ")),
				message("register.erasure." + activity.onErasure(), locale));
	}

	/**
	 * MEN-9: whether the activity's data leaves the controller's country (Belgium, for
	 * MEN-9's organisation), to a recipient or to a processor (processors serve every
	 * activity), and where.
	 */
	private String abroad(Activity activity, Locale locale) {
		String home = this.register.pack().home();
		List<String> abroad = new ArrayList<>();
		activity.recipients()
			.stream()
			.filter(recipient -> !home.equals(recipient.country()))
			.forEach(recipient -> abroad.add(recipient.name() + " (" + recipient.country() + ")"));
		this.register.pack()
			.processors()
			.stream()
			.filter(processor -> !home.equals(processor.country()))
			.forEach(processor -> abroad.add(processor.name() + " (" + this.wording.where(processor, locale) + ")"));
		return abroad.isEmpty() ? message("register.abroad.no", locale, home)
				: message("register.abroad.yes", locale, String.join("; ", abroad));
	}

	private String subProcessors(Processor processor, Locale locale) {
		return processor.subProcessors().isEmpty() ? processor.service() : processor.service() + "; "
				+ message("register.sub-processors", locale, String.join(", ", processor.subProcessors()));
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
