package org.tutela.catalog;

/**
 * A course as offered: its code, title and teaching language, and whether it leads to a
 * certificate that is reported to an authority.
 */
public record Course(CourseId id, String code, String title, String language, boolean certified) {
}
