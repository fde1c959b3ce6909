package org.tutela.dossiers;

import org.jspecify.annotations.Nullable;

/** The worker's own doctor, where the employer knows them (CER-4). */
public record AttendingDoctor(String name, @Nullable String address, @Nullable String phone) {

}
