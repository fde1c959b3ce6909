package org.tutela.catalog;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The details needed to add a course to the catalogue; everything after {@code certified}
 * is optional: a course then lasts an unstated time, is free, needs full attendance, can
 * be cancelled free of charge until a week before and is taxed at the standard rate.
 */
public record NewCourse(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*") String code,
		@NotBlank @Size(max = 200) String title, @NotNull @Pattern(regexp = "en|nl|fr") String language,
		@NotNull Boolean certified, @Nullable @Min(0) @Max(10_000) Integer durationHours,
		@Nullable @Min(0) Long priceCents, @Nullable @Size(max = 200) String certifyingAuthority,
		@Nullable @Size(max = 100) String accreditation, @Nullable @Min(1) @Max(600) Integer validityMonths,
		@Nullable @Min(1) @Max(100) Integer attendancePercent, @Nullable @Min(0) @Max(365) Integer freeCancellationDays,
		@Nullable Map<@Pattern(regexp = "en|nl|fr") String, @Valid CourseText> texts, @Nullable VatTreatment vat) {

	/** A course with only the required details. */
	public NewCourse(String code, String title, String language, boolean certified) {
		this(code, title, language, certified, null, null, null, null, null, null, null, null);
	}

	/** A course taxed at the standard rate. */
	public NewCourse(String code, String title, String language, boolean certified, @Nullable Integer durationHours,
			@Nullable Long priceCents, @Nullable String certifyingAuthority, @Nullable String accreditation,
			@Nullable Integer validityMonths, @Nullable Integer attendancePercent,
			@Nullable Integer freeCancellationDays, @Nullable Map<String, CourseText> texts) {
		this(code, title, language, certified, durationHours, priceCents, certifyingAuthority, accreditation,
				validityMonths, attendancePercent, freeCancellationDays, texts, null);
	}

}
