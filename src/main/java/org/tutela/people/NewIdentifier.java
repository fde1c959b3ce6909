package org.tutela.people;

public record NewIdentifier(IdentifierKind kind, String value) {
}
