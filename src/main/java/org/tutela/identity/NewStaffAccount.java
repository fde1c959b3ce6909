package org.tutela.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to open an account: the holder changes the first password at first login.
 */
public record NewStaffAccount(@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9._-]+") String username,
		@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 320) String email, @NotNull Role role) {
}
