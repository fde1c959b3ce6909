package org.tutela.register.pack;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.Permission;
import org.tutela.identity.Role;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.RetentionAction;
import org.tutela.register.Activity;
import org.tutela.register.Agreement;
import org.tutela.register.Controller;
import org.tutela.register.Eea;
import org.tutela.register.ErasureAnswer;
import org.tutela.register.Inquiries;
import org.tutela.register.Inquiries.Subject;
import org.tutela.register.InvalidPolicyPack;
import org.tutela.register.LegalBasis;
import org.tutela.register.PackProblem;
import org.tutela.register.PolicyPack;
import org.tutela.register.PolicyPack.Billing;
import org.tutela.register.PolicyPack.Clocks;
import org.tutela.register.Processor;
import org.tutela.register.Recipient;
import org.tutela.register.RecipientType;
import org.tutela.register.RequestDeadline;
import org.tutela.register.RetentionRule;
import org.tutela.register.SpecialCondition;
import org.tutela.register.Text;
import org.tutela.register.Training;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a policy pack (docs/policy-packs.md) and checks it: every field known, every
 * required one there, every category from the catalogue, a legal basis per activity, an
 * Art. 9 condition for special categories, a type per recipient, a transfer mechanism for
 * every processor outside the EEA. All problems are reported at once with file, line and
 * field.
 */
public final class PackReader {

	/** A purpose the organisation keeps no data for (docs/policy-packs.md). */
	private static final String NOT_KEPT = "not-kept";

	/** The catalogue's purpose of contact messages and information requests. */
	private static final String INQUIRIES = "inquiries";

	private static final Pattern DEADLINE = Pattern.compile("(\\d+)\\s+(days?|weeks?|months?)");

	private static final Pattern HOURS = Pattern.compile("(\\d+)\\s+hours?");

	private static final Pattern DAYS = Pattern.compile("(\\d+)\\s+days?");

	private static final Pattern BUSINESS_DAYS = Pattern.compile("(\\d+)\\s+business days?");

	private final YamlFields yaml;

	private PackReader(String file) {
		this.yaml = new YamlFields(file);
	}

	/**
	 * Reads the pack in {@code text}; {@code file} names it in problems. Throws
	 * {@link InvalidPolicyPack}.
	 */
	public static PolicyPack read(String file, String text) {
		PackReader reader = new PackReader(file);
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
		}
		catch (MarkedYAMLException broken) {
			int line = broken.getProblemMark() == null ? 1 : broken.getProblemMark().getLine() + 1;
			throw new InvalidPolicyPack(
					List.of(new PackProblem(file, line, "-", "not valid YAML: " + broken.getProblem())));
		}
		catch (YAMLException unreadable) {
			// Characters YAML does not allow (a NUL byte, say) are found before any line.
			throw new InvalidPolicyPack(
					List.of(new PackProblem(file, 1, "-", "not valid YAML: " + unreadable.getMessage())));
		}
		if (root == null) {
			throw new InvalidPolicyPack(List.of(new PackProblem(file, 1, "-", "the file is empty")));
		}
		PolicyPack pack = reader.pack(root);
		if (!reader.yaml.problems().isEmpty()) {
			throw new InvalidPolicyPack(reader.yaml.problems());
		}
		return pack;
	}

	private PolicyPack pack(Node root) {
		Map<String, Node> fields = this.yaml.mapping(root, "",
				Set.of("pack", "version", "modified", "name", "controllers", "joint-arrangement", "dpo", "authority",
						"requests", "reports", "clocks", "activities", "processors", "storage-outside-eea", "minors",
						"training", "purposes", "billing", "inquiries"));
		String id = this.yaml.text(fields, "pack", "", root, true);
		int version = this.yaml.integer(fields, "version", "", root, 1, 1_000_000);
		LocalDate modified = this.yaml.date(fields, "modified", "", root);
		Text name = this.yaml.localized(fields, "name", "", root, true);
		List<Controller> controllers = controllers(fields, root);
		Text joint = this.yaml.localized(fields, "joint-arrangement", "", root, false);
		if (controllers.size() > 1 && joint == null) {
			this.yaml.problem(fields.getOrDefault("controllers", root), "joint-arrangement",
					"joint controllers (Art. 26) must state their arrangement");
		}
		Node dpoNode = fields.getOrDefault("dpo", root);
		Map<String, Node> dpo = fields.containsKey("dpo") ? this.yaml.mapping(dpoNode, "dpo", Set.of("email"))
				: missing(root, "dpo");
		String dpoEmail = this.yaml.text(dpo, "email", "dpo", dpoNode, true);
		Node authorityNode = fields.getOrDefault("authority", root);
		Map<String, Node> authority = fields.containsKey("authority")
				? this.yaml.mapping(authorityNode, "authority", Set.of("name", "url")) : missing(root, "authority");
		String authorityName = this.yaml.text(authority, "name", "authority", authorityNode, true);
		String authorityUrl = this.yaml.text(authority, "url", "authority", authorityNode, true);
		Node requestsNode = fields.getOrDefault("requests", root);
		Map<String, Node> requests = fields.containsKey("requests")
				? this.yaml.mapping(requestsNode, "requests", Set.of("deadline", "after-erasure"))
				: missing(root, "requests");
		RequestDeadline deadline = deadline(requests, requestsNode);
		String afterErasure = this.yaml.text(requests, "after-erasure", "requests", requestsNode, false);
		if (afterErasure != null && !afterErasure.equals("name-and-note") && !afterErasure.equals("keyed-hash")) {
			this.yaml.problem(requests.get("after-erasure"), "requests.after-erasure",
					"write 'name-and-note' or 'keyed-hash'");
		}
		Node reportsNode = fields.getOrDefault("reports", root);
		Map<String, Node> reports = fields.containsKey("reports")
				? this.yaml.mapping(reportsNode, "reports", Set.of("threshold")) : missing(root, "reports");
		int threshold = this.yaml.integer(reports, "threshold", "reports", reportsNode, 2, 1000);
		Clocks clocks = clocks(fields, root);
		List<Activity> activities = activities(fields, root);
		List<Processor> processors = processors(fields, root);
		String minors = this.yaml.text(fields, "minors", "", root, false);
		if (minors != null && !minors.equals("refused") && !minors.equals("accepted")) {
			this.yaml.problem(fields.get("minors"), "minors", "write 'refused' or 'accepted'");
		}
		String storage = this.yaml.text(fields, "storage-outside-eea", "", root, false);
		if (storage != null && !storage.equals("refused") && !storage.equals("allowed")) {
			this.yaml.problem(fields.get("storage-outside-eea"), "storage-outside-eea", "write 'refused' or 'allowed'");
		}
		Map<String, List<String>> purposes = purposes(fields, activities);
		return new PolicyPack(String.valueOf(id), version, modified == null ? LocalDate.EPOCH : modified,
				name == null ? new Text(Map.of()) : name, controllers, joint, String.valueOf(dpoEmail),
				String.valueOf(authorityName), String.valueOf(authorityUrl), deadline, threshold, clocks, activities,
				processors, "refused".equals(minors), training(fields, root, activities),
				"name-and-note".equals(afterErasure), purposes, "refused".equals(storage), billing(fields, activities),
				inquiries(fields, purposes, activities));
	}

	/**
	 * The inquiries section: the contact form's subjects, each with an id, its words and
	 * either a staff account or a role it goes to, and the fields the information request
	 * asks, among {@link Inquiries#INFORMATION_FIELDS}, always with the e-mail address to
	 * answer to. The purpose {@code inquiries} must then serve an activity.
	 */
	private Inquiries inquiries(Map<String, Node> fields, Map<String, List<String>> purposes,
			List<Activity> activities) {
		if (!fields.containsKey("inquiries")) {
			return Inquiries.NONE;
		}
		Node node = fields.get("inquiries");
		List<String> access = activities.stream()
			.filter(activity -> activity.id()
				.equals(purposes.getOrDefault(INQUIRIES, List.of("")).stream().findFirst().orElse("")))
			.findFirst()
			.map(Activity::access)
			.orElse(List.of());
		if (purposes.getOrDefault(INQUIRIES, List.of()).isEmpty()) {
			this.yaml.problem(node, "inquiries", "the forms keep what is sent for the purpose '" + INQUIRIES
					+ "': map it in 'purposes' to the activity that answers them");
		}
		Map<String, Node> inquiries = this.yaml.mapping(node, "inquiries", Set.of("subjects", "information"));
		List<Subject> subjects = new ArrayList<>();
		List<Node> items = this.yaml.list(inquiries, "subjects", "inquiries", node, false);
		for (int i = 0; i < items.size(); i++) {
			String path = "inquiries.subjects[" + i + "]";
			Node item = items.get(i);
			Map<String, Node> subject = this.yaml.mapping(item, path, Set.of("id", "name", "account", "role"));
			String id = this.yaml.text(subject, "id", path, item, true);
			if (id != null && subjects.stream().anyMatch(other -> other.id().equals(id))) {
				this.yaml.problem(subject.get("id"), path + ".id", "another subject has the id '" + id + "'");
			}
			Text name = this.yaml.localized(subject, "name", path, item, true);
			String account = this.yaml.text(subject, "account", path, item, false);
			String role = this.yaml.text(subject, "role", path, item, false);
			if ((account == null) == (role == null)) {
				this.yaml.problem(item, path, "name either the 'account' or the 'role' its messages go to, not both");
			}
			if (role != null) {
				this.yaml.choice(Role.class, role, subject.get("role"), path + ".role")
					.filter(chosen -> !chosen.isStaff() || !chosen.permissions().contains(Permission.ANSWER_INQUIRIES))
					.ifPresent(chosen -> this.yaml.problem(subject.get("role"), path + ".role",
							"'" + role + "' does not answer messages in the back office; route the subject to a role"
									+ " that does: " + answeringRoles()));
				if (!access.isEmpty() && !access.contains(role)) {
					this.yaml.problem(subject.get("role"), path + ".role",
							"the activity that answers messages gives no access to '" + role
									+ "': add it to that activity's access, or route the subject to a role it names");
				}
			}
			subjects.add(new Subject(String.valueOf(id), name == null ? new Text(Map.of()) : name, account, role));
		}
		List<String> information = this.yaml.texts(inquiries, "information", "inquiries", node, false);
		for (int i = 0; i < information.size(); i++) {
			if (!Inquiries.INFORMATION_FIELDS.contains(information.get(i))) {
				this.yaml.problem(((SequenceNode) inquiries.get("information")).getValue().get(i),
						"inquiries.information[" + i + "]", "'" + information.get(i) + "' is not one of "
								+ String.join(", ", Inquiries.INFORMATION_FIELDS));
			}
		}
		if (!information.isEmpty() && !information.contains("email")) {
			this.yaml.problem(inquiries.get("information"), "inquiries.information",
					"an information request is answered by e-mail: ask 'email'");
		}
		if (subjects.isEmpty() && information.isEmpty()) {
			this.yaml.problem(node, "inquiries",
					"name the contact form's subjects, the information request's fields, or both");
		}
		return new Inquiries(subjects, Set.copyOf(information));
	}

	/**
	 * Checks that the pack in {@code text}, already read, maps every purpose the
	 * catalogue declares to an activity or to {@code not-kept}; a purpose the catalogue
	 * does not declare (yet) may be mapped all the same. Throws {@link InvalidPolicyPack}
	 * naming each one left out, at the purposes section (or the file's start, without
	 * one).
	 */
	public static void checkServes(String file, String text, PolicyPack pack, Set<String> declared) {
		YamlFields yaml = new YamlFields(file);
		Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
		Node at = yaml.entries(root, "").getOrDefault("purposes", root);
		declared.stream()
			.filter(purpose -> !pack.purposes().containsKey(purpose))
			.sorted()
			.forEach(purpose -> yaml.problem(at, "purposes." + purpose,
					"the personal-data catalogue keeps data for this purpose; name the activity it serves, or write '"
							+ NOT_KEPT + "' if this organisation keeps none"));
		if (!yaml.problems().isEmpty()) {
			throw new InvalidPolicyPack(yaml.problems());
		}
	}

	/**
	 * Each purpose of the catalogue, with the activity or activities it serves; every one
	 * must exist. A purpose the organisation keeps no data for is {@value #NOT_KEPT},
	 * read as no activity.
	 */
	private Map<String, List<String>> purposes(Map<String, Node> fields, List<Activity> activities) {
		Map<String, List<String>> purposes = new LinkedHashMap<>();
		if (!fields.containsKey("purposes")) {
			return purposes;
		}
		this.yaml.entries(fields.get("purposes"), "purposes").forEach((purpose, node) -> {
			String field = "purposes." + purpose;
			List<String> ids = this.yaml.oneOrMore(node, field);
			if (ids.contains(NOT_KEPT)) {
				if (node instanceof SequenceNode) {
					this.yaml.problem(node, field, "write '" + NOT_KEPT + "' alone, not in a list of activities");
				}
				purposes.put(purpose, List.of());
				return;
			}
			ids.stream()
				.filter(id -> activities.stream().noneMatch(activity -> activity.id().equals(id)))
				.forEach(id -> this.yaml.problem(node, field, "no activity has the id '" + id + "'"));
			if (ids.isEmpty() && node instanceof SequenceNode) {
				this.yaml.problem(node, field, "name at least one activity");
			}
			purposes.put(purpose, ids);
		});
		return purposes;
	}

	/**
	 * The training section: every activity it names must exist and fit what it is used
	 * for.
	 */
	private Training training(Map<String, Node> fields, Node root, List<Activity> activities) {
		if (!fields.containsKey("training")) {
			return Training.NONE;
		}
		Node node = fields.get("training");
		Map<String, Node> training = this.yaml.mapping(node, "training",
				Set.of("registration", "certification", "remarks", "marketing", "results", "suggestions"));
		String registration = trainingActivity(training, "registration", node, activities, true,
				activity -> activity.categories().containsAll(Set.of(DataCategory.IDENTITY, DataCategory.CONTACT)),
				"the registration activity must process identity and contact data");
		String certification = trainingActivity(training, "certification", node, activities, false,
				activity -> activity.categories().contains(DataCategory.IDENTIFIER) && activity.recipients()
					.stream()
					.anyMatch(recipient -> recipient.type() == RecipientType.AUTHORITY),
				"the certification activity must process identifiers and name the authority it reports to");
		String remarks = trainingActivity(training, "remarks", node, activities, false,
				activity -> activity.categories().contains(DataCategory.SPECIAL) && activity.retention()
					.stream()
					.anyMatch(rule -> rule.action() == RetentionAction.DELETE && rule.anchor() == Anchor.SESSION_END
							&& rule.condition() == RetentionRule.Condition.ALWAYS),
				"remarks such as food allergies are health data: the activity must have the category 'special' and a rule"
						+ " 'delete <n> days after session end'");
		String marketing = trainingActivity(training, "marketing", node, activities, false,
				activity -> activity.basis() == LegalBasis.CONSENT,
				"the registration form asks consent for marketing: the activity's basis must be consent");
		String results = trainingActivity(training, "results", node, activities, false,
				activity -> activity.recipients()
					.stream()
					.anyMatch(recipient -> recipient.type() == RecipientType.EMPLOYER),
				"study results go to the employer only under an activity that names the employer as a recipient");
		String suggestions = trainingActivity(training, "suggestions", node, activities, false,
				activity -> activity.basis() == LegalBasis.LEGITIMATE_INTERESTS
						|| activity.basis() == LegalBasis.CONSENT,
				"tailoring offers to past courses is profiling: its basis must be legitimate interests or consent, so a person can object");
		return new Training(String.valueOf(registration), certification, remarks, marketing, results, suggestions);
	}

	private @Nullable String trainingActivity(Map<String, Node> training, String field, Node node,
			List<Activity> activities, boolean required, Predicate<Activity> fits, String misfit) {
		String id = this.yaml.text(training, field, "training", node, required);
		if (id == null) {
			return null;
		}
		Optional<Activity> activity = activities.stream().filter(candidate -> candidate.id().equals(id)).findFirst();
		if (activity.isEmpty()) {
			this.yaml.problem(training.get(field), "training." + field, "no activity has the id '" + id + "'");
		}
		else if (!fits.test(activity.get())) {
			this.yaml.problem(training.get(field), "training." + field, misfit);
		}
		return id;
	}

	private Map<String, Node> missing(Node root, String field) {
		this.yaml.problem(root, field, "required");
		return Map.of();
	}

	private List<Controller> controllers(Map<String, Node> fields, Node root) {
		List<Controller> controllers = new ArrayList<>();
		List<Node> items = this.yaml.list(fields, "controllers", "", root, true);
		for (int i = 0; i < items.size(); i++) {
			String path = "controllers[" + i + "]";
			Node node = items.get(i);
			Map<String, Node> controller = this.yaml.mapping(node, path,
					Set.of("name", "address", "country", "email", "enterprise-number"));
			controllers.add(new Controller(String.valueOf(this.yaml.text(controller, "name", path, node, true)),
					String.valueOf(this.yaml.text(controller, "address", path, node, true)),
					country(controller, path, node),
					String.valueOf(this.yaml.text(controller, "email", path, node, true)),
					this.yaml.text(controller, "enterprise-number", path, node, false)));
		}
		if (items.isEmpty() && fields.containsKey("controllers")) {
			this.yaml.problem(fields.get("controllers"), "controllers", "name at least one controller");
		}
		return controllers;
	}

	private RequestDeadline deadline(Map<String, Node> requests, Node parent) {
		String text = this.yaml.text(requests, "deadline", "requests", parent, true);
		Matcher matcher = text == null ? null : DEADLINE.matcher(text.toLowerCase(Locale.ROOT));
		if (matcher == null || !matcher.matches()) {
			if (text != null) {
				this.yaml.problem(requests.get("deadline"), "requests.deadline",
						"write it as '30 days', '1 month' or '4 weeks'");
			}
			return new RequestDeadline(1, RequestDeadline.Unit.MONTHS);
		}
		RequestDeadline.Unit unit = switch (matcher.group(2).replaceAll("s$", "")) {
			case "day" -> RequestDeadline.Unit.DAYS;
			case "week" -> RequestDeadline.Unit.WEEKS;
			default -> RequestDeadline.Unit.MONTHS;
		};
		RequestDeadline deadline = new RequestDeadline(Integer.parseInt(matcher.group(1)), unit);
		// Measured in a 31-day month: 30 days or 4 weeks are stricter than one month, 2
		// months are not.
		LocalDate sample = LocalDate.of(2026, 1, 1);
		if (deadline.from(sample).isAfter(sample.plusMonths(1))) {
			this.yaml.problem(requests.get("deadline"), "requests.deadline",
					"GDPR Art. 12(3) allows at most one month before an extension");
		}
		return deadline;
	}

	private Clocks clocks(Map<String, Node> fields, Node root) {
		Node node = fields.getOrDefault("clocks", root);
		Map<String, Node> clocks = fields.containsKey("clocks") ? this.yaml.mapping(node, "clocks",
				Set.of("breach-authority", "breach-clients", "authority-request-answer", "authority-request-objection"))
				: missing(root, "clocks");
		int authority = amount(clocks, "breach-authority", node, HOURS, true);
		if (authority > 72) {
			this.yaml.problem(clocks.get("breach-authority"), "clocks.breach-authority",
					"GDPR Art. 33 allows at most 72 hours");
		}
		return new Clocks(authority, amount(clocks, "breach-clients", node, HOURS, false),
				amount(clocks, "authority-request-answer", node, BUSINESS_DAYS, false),
				amount(clocks, "authority-request-objection", node, HOURS, false));
	}

	/**
	 * The billing section: reminders in days after the due date, each later than the one
	 * before, and the hand-over for collection some days after the last, only where an
	 * activity names a collection agent to hand over to.
	 */
	private Billing billing(Map<String, Node> fields, List<Activity> activities) {
		if (!fields.containsKey("billing")) {
			return Billing.NONE;
		}
		Node node = fields.get("billing");
		Map<String, Node> billing = this.yaml.mapping(node, "billing", Set.of("reminders", "hand-over"));
		List<String> texts = this.yaml.texts(billing, "reminders", "billing", node, true);
		List<Integer> reminders = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			Node at = ((SequenceNode) billing.get("reminders")).getValue().get(i);
			int days = days(texts.get(i), at, "billing.reminders[" + i + "]");
			if (days > 0 && !reminders.isEmpty() && days <= reminders.get(reminders.size() - 1)) {
				this.yaml.problem(at, "billing.reminders[" + i + "]", "each reminder comes later than the one before");
			}
			reminders.add(days);
		}
		if (texts.isEmpty() && billing.get("reminders") instanceof SequenceNode) {
			this.yaml.problem(billing.get("reminders"), "billing.reminders", "name at least one reminder");
		}
		int handOver = 0;
		if (billing.containsKey("hand-over")) {
			Node at = billing.get("hand-over");
			handOver = days(String.valueOf(this.yaml.text(billing, "hand-over", "billing", node, true)), at,
					"billing.hand-over");
			boolean agent = activities.stream()
				.flatMap(activity -> activity.recipients().stream())
				.anyMatch(recipient -> recipient.type() == RecipientType.COLLECTION_AGENT);
			if (!agent) {
				this.yaml.problem(at, "billing.hand-over",
						"an unpaid invoice is handed over only to a recipient of type collection-agent that an activity names");
			}
		}
		return new Billing(reminders, handOver);
	}

	private int days(String text, Node at, String field) {
		Matcher matcher = DAYS.matcher(text.toLowerCase(Locale.ROOT));
		if (!matcher.matches() || matcher.group(1).length() > 4 || Integer.parseInt(matcher.group(1)) < 1) {
			this.yaml.problem(at, field, "write it as '14 days', at least one day");
			return 0;
		}
		return Integer.parseInt(matcher.group(1));
	}

	private int amount(Map<String, Node> clocks, String key, Node parent, Pattern form, boolean required) {
		String text = this.yaml.text(clocks, key, "clocks", parent, required);
		if (text == null) {
			return 0;
		}
		Matcher matcher = form.matcher(text.toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			this.yaml.problem(clocks.get(key), "clocks." + key,
					"write it as '" + (form == HOURS ? "72 hours" : "3 business days") + "'");
			return 0;
		}
		return Integer.parseInt(matcher.group(1));
	}

	private List<Activity> activities(Map<String, Node> fields, Node root) {
		List<Activity> activities = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		List<Node> items = this.yaml.list(fields, "activities", "", root, true);
		for (int i = 0; i < items.size(); i++) {
			String path = "activities[" + i + "]";
			Node node = items.get(i);
			Map<String, Node> activity = this.yaml.mapping(node, path, Set.of("id", "purpose", "basis", "basis-detail",
					"special-condition", "subjects", "categories", "access", "recipients", "retention", "on-erasure"));
			String id = this.yaml.text(activity, "id", path, node, true);
			if (id != null && !ids.add(id)) {
				this.yaml.problem(activity.get("id"), path + ".id", "another activity has the id '" + id + "'");
			}
			Text purpose = this.yaml.localized(activity, "purpose", path, node, true);
			LegalBasis basis = this.yaml
				.choice(LegalBasis.class, this.yaml.text(activity, "basis", path, node, true),
						activity.getOrDefault("basis", node), path + ".basis")
				.orElse(LegalBasis.CONTRACT);
			Set<SpecialCondition> conditions = specialConditions(activity, path);
			Set<DataCategory> categories = categories(activity, path, node);
			if (categories.contains(DataCategory.SPECIAL) && conditions.isEmpty()) {
				this.yaml.problem(activity.getOrDefault("categories", node), path + ".categories",
						"special-category data needs a special-condition (GDPR Art. 9(2))");
			}
			List<String> access = this.yaml.texts(activity, "access", path, node, true);
			for (int r = 0; r < access.size(); r++) {
				this.yaml.choice(Role.class, access.get(r), activity.get("access"), path + ".access[" + r + "]");
			}
			ErasureAnswer onErasure = this.yaml
				.choice(ErasureAnswer.class, this.yaml.text(activity, "on-erasure", path, node, true),
						activity.getOrDefault("on-erasure", node), path + ".on-erasure")
				.orElse(ErasureAnswer.ERASE);
			activities.add(new Activity(String.valueOf(id), purpose == null ? new Text(Map.of()) : purpose, basis,
					this.yaml.localized(activity, "basis-detail", path, node, false), conditions,
					this.yaml.texts(activity, "subjects", path, node, true), categories, access,
					recipients(activity, path, node), retention(activity, path, node), onErasure));
		}
		return activities;
	}

	/** One condition of Art. 9(2), or a list of them. */
	private Set<SpecialCondition> specialConditions(Map<String, Node> activity, String path) {
		Set<SpecialCondition> conditions = EnumSet.noneOf(SpecialCondition.class);
		Node node = activity.get("special-condition");
		if (node == null) {
			return conditions;
		}
		String field = path + ".special-condition";
		List<String> names = this.yaml.oneOrMore(node, field);
		if (names.isEmpty() && node instanceof SequenceNode) {
			this.yaml.problem(node, field, "name at least one condition of GDPR Art. 9(2)");
		}
		for (int c = 0; c < names.size(); c++) {
			this.yaml
				.choice(SpecialCondition.class, names.get(c), node,
						node instanceof SequenceNode ? field + "[" + c + "]" : field)
				.ifPresent(conditions::add);
		}
		return conditions;
	}

	private Set<DataCategory> categories(Map<String, Node> activity, String path, Node node) {
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		List<String> names = this.yaml.texts(activity, "categories", path, node, true);
		for (int c = 0; c < names.size(); c++) {
			String field = path + ".categories[" + c + "]";
			this.yaml.choice(DataCategory.class, names.get(c), activity.get("categories"), field)
				.ifPresent(category -> {
					if (category == DataCategory.NONE) {
						this.yaml.problem(activity.get("categories"), field,
								"'none' is not a category of personal data");
					}
					categories.add(category);
				});
		}
		return categories;
	}

	private List<Recipient> recipients(Map<String, Node> activity, String path, Node parent) {
		List<Recipient> recipients = new ArrayList<>();
		List<Node> items = this.yaml.list(activity, "recipients", path, parent, false);
		for (int i = 0; i < items.size(); i++) {
			String at = path + ".recipients[" + i + "]";
			Node node = items.get(i);
			Map<String, Node> recipient = this.yaml.mapping(node, at, Set.of("name", "type", "country", "agreement"));
			RecipientType type = this.yaml
				.choice(RecipientType.class, this.yaml.text(recipient, "type", at, node, true),
						recipient.getOrDefault("type", node), at + ".type")
				.orElse(RecipientType.INDEPENDENT_CONTROLLER);
			String country = country(recipient, at, node);
			Agreement agreement = agreement(recipient, at, node, false);
			recipients.add(new Recipient(String.valueOf(this.yaml.text(recipient, "name", at, node, true)), type,
					country, agreement));
		}
		return recipients;
	}

	private List<RetentionRule> retention(Map<String, Node> activity, String path, Node parent) {
		List<RetentionRule> rules = new ArrayList<>();
		List<String> texts = this.yaml.texts(activity, "retention", path, parent, true);
		for (int i = 0; i < texts.size(); i++) {
			try {
				rules.add(RetentionRules.parse(texts.get(i)));
			}
			catch (IllegalArgumentException unreadable) {
				this.yaml.problem(((SequenceNode) activity.get("retention")).getValue().get(i),
						path + ".retention[" + i + "]", unreadable.getMessage());
			}
		}
		return rules;
	}

	private List<Processor> processors(Map<String, Node> fields, Node root) {
		List<Processor> processors = new ArrayList<>();
		List<Node> items = this.yaml.list(fields, "processors", "", root, false);
		for (int i = 0; i < items.size(); i++) {
			String path = "processors[" + i + "]";
			Node node = items.get(i);
			Map<String, Node> processor = this.yaml.mapping(node, path,
					Set.of("name", "service", "agreement", "country", "transfer", "sub-processors"));
			Agreement agreement = agreement(processor, path, node, true);
			String country = country(processor, path, node);
			String transfer = this.yaml.text(processor, "transfer", path, node, false);
			if (!Eea.contains(country) && transfer == null) {
				this.yaml.problem(processor.getOrDefault("country", node), path + ".transfer",
						"a processor outside the EEA needs a transfer mechanism (adequacy, scc or bcr; GDPR Chapter V)");
			}
			if (transfer != null && !Eea.SAFEGUARDS.contains(transfer)) {
				this.yaml.problem(processor.get("transfer"), path + ".transfer", "write adequacy, scc or bcr");
			}
			processors.add(new Processor(String.valueOf(this.yaml.text(processor, "name", path, node, true)),
					String.valueOf(this.yaml.text(processor, "service", path, node, true)), agreement, country,
					transfer, this.yaml.texts(processor, "sub-processors", path, node, false)));
		}
		return processors;
	}

	/**
	 * {@code signed} or {@code missing}; a recipient may leave it out when no agreement
	 * is asked.
	 */
	private Agreement agreement(Map<String, Node> fields, String path, Node parent, boolean required) {
		String agreement = this.yaml.text(fields, "agreement", path, parent, required);
		if (agreement == null) {
			return required ? Agreement.MISSING : Agreement.NOT_REQUIRED;
		}
		if (!agreement.equals("signed") && !agreement.equals("missing")) {
			this.yaml.problem(fields.get("agreement"), path + ".agreement", "write 'signed' or 'missing'");
		}
		return agreement.equals("signed") ? Agreement.SIGNED : Agreement.MISSING;
	}

	private String country(Map<String, Node> fields, String path, Node parent) {
		String country = this.yaml.text(fields, "country", path, parent, true);
		if (country == null) {
			return "BE";
		}
		String code = country.toUpperCase(Locale.ROOT);
		if (!Set.of(Locale.getISOCountries()).contains(code)) {
			this.yaml.problem(fields.get("country"), path + ".country",
					"use a two-letter ISO country code, such as BE");
		}
		return code;
	}

	/** The staff roles that answer messages in the back office, as packs write them. */
	private static String answeringRoles() {
		List<String> roles = new ArrayList<>();
		for (Role role : Role.values()) {
			if (role.isStaff() && role.permissions().contains(Permission.ANSWER_INQUIRIES)) {
				roles.add(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
			}
		}
		return String.join(", ", roles);
	}

}
