/**
 * Days and moments written as the reader writes them, in the organisation's time zone:
 * for pages (as {@code @dates}), PDFs, mails and dashboards alike.
 */
@org.springframework.modulith.NamedInterface("dates")
package org.tutela.platform.dates;
