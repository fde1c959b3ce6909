package org.tutela.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The details needed to add a course to the catalogue. */
public record NewCourse(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*") String code,
		@NotBlank @Size(max = 200) String title, @NotNull @Pattern(regexp = "en|nl|fr") String language,
		@NotNull Boolean certified) {
}
