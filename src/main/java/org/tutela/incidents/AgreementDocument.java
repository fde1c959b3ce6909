package org.tutela.incidents;

/** The signed agreement as uploaded or downloaded: its file name and its bytes. */
public record AgreementDocument(String name, byte[] content) {
}
