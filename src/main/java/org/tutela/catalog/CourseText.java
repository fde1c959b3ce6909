package org.tutela.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A course's title and description in one language. */
public record CourseText(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description) {
}
