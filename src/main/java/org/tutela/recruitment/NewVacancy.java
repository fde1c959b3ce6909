package org.tutela.recruitment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A vacancy as staff open it: its title and, if any, the last day to apply. */
public record NewVacancy(@Nullable String title, @Nullable LocalDate closesOn) {
}
