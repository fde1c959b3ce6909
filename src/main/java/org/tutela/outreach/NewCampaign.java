package org.tutela.outreach;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A campaign as composed: the list it goes to and its text in one or more languages. */
public record NewCampaign(@Nullable String list, @Nullable List<Variant> variants) {
}
