package org.tutela.dossiers;

import org.jspecify.annotations.Nullable;

/**
 * Where the worker stays during the incapacity (a hospital, perhaps), and a phone to
 * reach them.
 */
public record Stay(String street, String postcode, String city, String country, @Nullable String phone) {

}
