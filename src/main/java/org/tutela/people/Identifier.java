package org.tutela.people;

/** A stored identifier as screens show it: masked, never whole. */
public record Identifier(IdentifierKind kind, String masked) {
}
