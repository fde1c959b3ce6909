package org.tutela.catalog;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewRoom(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 300) String address,
		@NotNull @Min(1) Integer capacity) {
}
