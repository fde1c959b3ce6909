package org.tutela.outreach;

/**
 * What a list sends: marketing, which every choice stops, or information the law requires
 * (CES-2).
 */
public enum ListCategory {

	MARKETING, LEGAL

}
