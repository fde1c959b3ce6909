package org.tutela.dossiers;

import java.util.UUID;

/** An award of the network, by name and year (VCK-5). */
public record Award(UUID id, String name, int year) {

}
