package org.tutela.outreach.send;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.outreach.Campaign;
import org.tutela.outreach.Campaigns;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.NewCampaign;
import org.tutela.outreach.NewMailingList;
import org.tutela.outreach.Variant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is lost in the outbox: a message a stopped node had taken is queued again, a
 * failed one retried three times.
 */
@SpringBootTest
class OutboxRecoveryTests {

	@Autowired
	CampaignStore store;

	@Autowired
	Campaigns campaigns;

	@Autowired
	MailingLists lists;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void stuckAndRetryableMessagesGoBackToTheQueueAndExhaustedOnesStay() {
		// Times within the last minute and cut-offs of 30 s: the running outbox (10 and 5
		// minutes) leaves these alone.
		UUID campaign = campaign();
		Instant now = Instant.now();
		Instant cutOff = now.minus(Duration.ofSeconds(30));
		message(campaign, "SENDING", 1, now.minus(Duration.ofSeconds(60)), null);
		long working = message(campaign, "SENDING", 1, now.minus(Duration.ofSeconds(10)), null);
		message(campaign, "FAILED", 1, now.minus(Duration.ofSeconds(70)), now.minus(Duration.ofSeconds(60)));
		long exhausted = message(campaign, "FAILED", 3, now.minus(Duration.ofSeconds(70)),
				now.minus(Duration.ofSeconds(60)));
		long recent = message(campaign, "FAILED", 1, now.minus(Duration.ofSeconds(20)),
				now.minus(Duration.ofSeconds(10)));

		int requeued = this.store.requeue(cutOff, cutOff);

		assertThat(requeued).isEqualTo(2);
		assertThat(List.of(working, exhausted, recent)).map(this::status)
			.containsExactly("SENDING", "FAILED", "FAILED");
	}

	@Test
	void aCampaignIsSentOnlyWhenNoMessageWaitsForAnotherAttempt() {
		UUID campaign = campaign();
		Instant now = Instant.now();
		long failed = message(campaign, "FAILED", 1, now, now);
		this.jdbc.sql("UPDATE outreach_campaign SET status = 'SENDING' WHERE id = ?").param(campaign).update();

		this.store.closeFinished();
		assertThat(campaignStatus(campaign)).isEqualTo("SENDING");

		this.jdbc.sql("UPDATE outreach_message SET attempts = 3 WHERE seq = ?").param(failed).update();
		this.store.closeFinished();
		assertThat(campaignStatus(campaign)).isEqualTo("SENT");
	}

	private UUID campaign() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("marketing", null, "backoffice", "outreach.manage"));
		String code = "retry-" + UUID.randomUUID().toString().substring(0, 8);
		this.lists.create(new NewMailingList(code, "Retry " + code, "marketing", ListCategory.MARKETING));
		Campaign campaign = this.campaigns.create(new NewCampaign(code, List.of(new Variant("en", "Retry", "Body"))));
		return campaign.id();
	}

	private long message(UUID campaign, String status, int attempts, Instant claimed, Instant finished) {
		this.jdbc.sql("""
				INSERT INTO outreach_message (campaign_id, person_id, status, attempts, claimed_at, sent_at)
				VALUES (:campaign, :person, :status, :attempts, :claimed, :finished)""")
			.param("campaign", campaign)
			.param("person", UUID.randomUUID())
			.param("status", status)
			.param("attempts", attempts)
			.param("claimed", OffsetDateTime.ofInstant(claimed, ZoneOffset.UTC))
			.param("finished", finished == null ? null : OffsetDateTime.ofInstant(finished, ZoneOffset.UTC))
			.update();
		return this.jdbc.sql("SELECT MAX(seq) FROM outreach_message").query(Long.class).single();
	}

	private String status(long seq) {
		return this.jdbc.sql("SELECT status FROM outreach_message WHERE seq = ?")
			.param(seq)
			.query(String.class)
			.single();
	}

	private String campaignStatus(UUID campaign) {
		return this.jdbc.sql("SELECT status FROM outreach_campaign WHERE id = ?")
			.param(campaign)
			.query(String.class)
			.single();
	}

}
