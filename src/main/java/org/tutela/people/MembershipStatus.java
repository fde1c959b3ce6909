package org.tutela.people;

public enum MembershipStatus {

	NONE, MEMBER, FORMER_MEMBER

}
