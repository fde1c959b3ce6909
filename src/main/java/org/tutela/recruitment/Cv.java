package org.tutela.recruitment;

/** A CV as it was sent: its file name and the PDF's bytes. */
public record Cv(String name, byte[] content) {
}
