package org.tutela.outreach.send;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.Variant;
import org.tutela.outreach.list.Links;
import org.tutela.outreach.list.ListStore;
import org.tutela.personaldata.DataCategory;
import org.tutela.register.Activity;
import org.tutela.register.Register;

/**
 * Click tracking (SKI-5, VCK-4), only where the list is marketing and the pack declares
 * connection data for its activity; a click is kept only while the person may still be
 * written to. The link leads on in any case: it points only at an address written in the
 * campaign.
 */
@Component
public class ClickTracking {

	private final Register register;

	private final Links links;

	private final CampaignStore campaigns;

	private final ListStore lists;

	private final Audiences audiences;

	private final JdbcClient jdbc;

	private final Clock clock;

	ClickTracking(Register register, Links links, CampaignStore campaigns, ListStore lists, Audiences audiences,
			JdbcClient jdbc, Clock clock) {
		this.register = register;
		this.links = links;
		this.campaigns = campaigns;
		this.lists = lists;
		this.audiences = audiences;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean allowed(MailingList list) {
		return list.category() == ListCategory.MARKETING && this.register.pack()
			.activity(list.activity())
			.map(Activity::categories)
			.filter(categories -> categories.contains(DataCategory.CONNECTION))
			.isPresent();
	}

	/**
	 * Where a tracked link leads; the click is recorded when tracking this person is
	 * still allowed.
	 */
	@Transactional
	public Optional<String> follow(String token) {
		return this.links.readClick(token)
			.flatMap(click -> this.campaigns.content(click.campaign()).flatMap(campaign -> {
				Optional<String> target = target(campaign, click);
				Optional<MailingList> list = this.lists.byId(campaign.list());
				if (target.isPresent() && list.isPresent() && allowed(list.get())
						&& this.audiences.includes(list.get(), click.person())) {
					this.jdbc.sql("""
							INSERT INTO outreach_click (campaign_id, person_id, url, clicked_at)
							VALUES (:campaign, :person, :url, :at)""")
						.param("campaign", campaign.id())
						.param("person", click.person().value())
						.param("url", target.get())
						.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
						.update();
				}
				return target;
			}));
	}

	private static Optional<String> target(CampaignStore.Content campaign, Links.Click click) {
		Variant variant = MessageComposer.pick(campaign.variants(), click.language());
		List<String> targets = CampaignLinks.in(variant.body());
		return click.position() < targets.size() ? Optional.of(targets.get(click.position())) : Optional.empty();
	}

}
