/**
 * PDFs rendered from the same Thymeleaf fragments as their pages.
 */
@org.springframework.modulith.NamedInterface("pdf")
package org.tutela.platform.pdf;
