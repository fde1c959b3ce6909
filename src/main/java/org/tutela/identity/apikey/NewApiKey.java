package org.tutela.identity.apikey;

/** A key just made: the only moment its secret exists outside the caller's systems. */
public record NewApiKey(ApiKey key, String secret) {

}
