package org.tutela.register.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.people.Organisations;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.InvalidPolicyPack;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.register.pack.PackReader;

/**
 * The versions of the notice (MEN-1, SKI-14, VCK-13): at every start the active pack is
 * compared with the last recorded version, and any change is recorded as a new version,
 * with what changed and whether it is fundamental. For a fundamental change the current
 * clients and members are listed, to be told, and who was told is kept.
 */
@Service
public class NoticeVersions {

	private static final Logger log = LoggerFactory.getLogger(NoticeVersions.class);

	private static final String COLUMNS = "SELECT seq, previous_seq, pack_id, pack_version, modified, fundamental, recorded_at "
			+ "FROM register_notice_version ";

	private final Register register;

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final Clock clock;

	NoticeVersions(Register register, JdbcClient jdbc, Organisations organisations, Clock clock) {
		this.register = register;
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * Records the active pack as a new version when it differs from the last one
	 * recorded.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void recordActive() {
		String source = this.register.source();
		String hash = Sha256.hex(source);
		Optional<Map<String, Object>> latest = this.jdbc
			.sql("SELECT seq, source_hash, source FROM register_notice_version ORDER BY seq DESC LIMIT 1")
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		if (latest.isPresent() && hash.equals(latest.get().get("source_hash"))) {
			return;
		}
		long previous = latest.map(row -> ((Number) row.get("seq")).longValue()).orElse(0L);
		boolean fundamental = latest.map(row -> changes((String) row.get("source"), source))
			.map(changes -> changes.stream().anyMatch(PackChange::fundamental))
			.orElse(false);
		PolicyPack pack = this.register.pack();
		try {
			this.jdbc
				.sql("""
						INSERT INTO register_notice_version (previous_seq, pack_id, pack_version, modified, source_hash, source,
						fundamental, recorded_at) VALUES (:previous, :pack, :version, :modified, :hash, :source, :fundamental, :at)""")
				.param("previous", previous)
				.param("pack", pack.id())
				.param("version", pack.version())
				.param("modified", pack.modified())
				.param("hash", hash)
				.param("source", source)
				.param("fundamental", fundamental)
				.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
				.update();
			log.info("Policy pack {} version {} recorded as a new notice version{}", pack.id(), pack.version(),
					fundamental ? ", with fundamental changes to tell the clients of" : "");
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			log.info("Policy pack {} version {} was recorded by another node", pack.id(), pack.version());
		}
	}

	@PreAuthorize("hasAuthority('register.read')")
	@Transactional(readOnly = true)
	public List<NoticeVersion> list() {
		return this.jdbc.sql(COLUMNS + "ORDER BY seq DESC").query(NoticeVersions::version).list();
	}

	@PreAuthorize("hasAuthority('register.read')")
	@Transactional(readOnly = true)
	public NoticeChange change(long seq) {
		NoticeVersion version = find(seq).orElseThrow(() -> new NoticeVersionNotFound(seq));
		Optional<NoticeVersion> previous = find(version.previousSeq());
		if (previous.isEmpty()) {
			return new NoticeChange(version, null, List.of(), List.of());
		}
		String earlier = source(previous.get().seq());
		String later = source(seq);
		List<String> before = earlier.lines().toList();
		List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("version " + previous.get().packVersion(),
				"version " + version.packVersion(), before, DiffUtils.diff(before, later.lines().toList()), 2);
		return new NoticeChange(version, previous.get(), changes(earlier, later), diff);
	}

	/**
	 * Today's clients and members, each with when and by whom they were told of this
	 * version.
	 */
	@PreAuthorize("hasAuthority('register.read') and hasAuthority('people.read')")
	@Transactional(readOnly = true)
	public List<OrganisationToTell> organisationsToTell(long seq) {
		Map<UUID, Told> told = new HashMap<>();
		this.jdbc.sql("SELECT organisation_id, told_at, told_by FROM register_notice_told WHERE version_seq = :seq")
			.param("seq", seq)
			.query((row, n) -> Map.entry(row.getObject("organisation_id", UUID.class),
					new Told(row.getObject("told_at", OffsetDateTime.class).toInstant(), row.getString("told_by"))))
			.list()
			.forEach(mark -> told.put(mark.getKey(), mark.getValue()));
		return this.organisations.current().stream().map(organisation -> {
			Told mark = told.get(organisation.id());
			return new OrganisationToTell(organisation.id(), organisation.name(), organisation.clientNumber(),
					mark == null ? null : mark.at(), mark == null ? null : mark.by());
		}).toList();
	}

	@PreAuthorize("hasAuthority('register.read')")
	@Transactional
	public void markTold(long seq, UUID organisation) {
		find(seq).orElseThrow(() -> new NoticeVersionNotFound(seq));
		this.jdbc.sql("""
				INSERT INTO register_notice_told (version_seq, organisation_id, told_at, told_by)
				SELECT :seq, :organisation, :at, :by WHERE NOT EXISTS
				(SELECT 1 FROM register_notice_told WHERE version_seq = :seq AND organisation_id = :organisation)""")
			.param("seq", seq)
			.param("organisation", organisation)
			.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.param("by", SecurityContextHolder.getContext().getAuthentication().getName())
			.update();
	}

	/**
	 * Field by field; a version this release can no longer read counts as a fundamental
	 * change.
	 */
	private static List<PackChange> changes(String earlier, String later) {
		try {
			return PackChanges.between(PackReader.read("earlier version", earlier),
					PackReader.read("later version", later));
		}
		catch (InvalidPolicyPack unreadable) {
			return List.of(new PackChange("a version cannot be read by this release; compare the texts", true));
		}
	}

	private Optional<NoticeVersion> find(long seq) {
		return this.jdbc.sql(COLUMNS + "WHERE seq = :seq").param("seq", seq).query(NoticeVersions::version).optional();
	}

	private String source(long seq) {
		return this.jdbc.sql("SELECT source FROM register_notice_version WHERE seq = :seq")
			.param("seq", seq)
			.query(String.class)
			.single();
	}

	private static NoticeVersion version(ResultSet row, int n) throws SQLException {
		return new NoticeVersion(row.getLong("seq"), row.getLong("previous_seq"), row.getString("pack_id"),
				row.getInt("pack_version"), row.getObject("modified", LocalDate.class), row.getBoolean("fundamental"),
				row.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

	private record Told(Instant at, String by) {
	}

}
