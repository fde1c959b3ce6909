package org.tutela.network;

/**
 * Expertise a member shares with others, or a topic they want to discuss (VCK-1, VCK-8).
 */
public enum InterestKind {

	EXPERTISE, TOPIC

}
