package org.tutela.outreach;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.personaldata.PersonId;

/**
 * The clicks staff may follow up on (VCK-4), oldest first, until someone marks them done.
 */
@Service
public class FollowUps {

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUps(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional(readOnly = true)
	public List<ClickToFollow> open() {
		return this.jdbc
			.sql("""
					SELECT k.seq, k.campaign_id, k.person_id, k.url, k.clicked_at,
					  (SELECT MIN(v.subject) FROM outreach_campaign_variant v WHERE v.campaign_id = k.campaign_id) AS subject
					FROM outreach_click k WHERE k.followed_up_at IS NULL ORDER BY k.clicked_at, k.seq LIMIT 200""")
			.query((row, n) -> new ClickToFollow(row.getLong("seq"), row.getObject("campaign_id", UUID.class),
					row.getString("subject"), PersonId.of(row.getObject("person_id", UUID.class)), row.getString("url"),
					row.getObject("clicked_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public void done(long seq) {
		this.jdbc.sql(
				"UPDATE outreach_click SET followed_up_at = :at, followed_up_by = :by WHERE seq = :seq AND followed_up_at IS NULL")
			.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.param("by", SecurityContextHolder.getContext().getAuthentication().getName())
			.param("seq", seq)
			.update();
	}

}
