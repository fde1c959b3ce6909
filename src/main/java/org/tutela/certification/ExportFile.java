package org.tutela.certification;

/** A file made for download: its name, media type and bytes. */
public record ExportFile(String name, String contentType, byte[] content) {
}
