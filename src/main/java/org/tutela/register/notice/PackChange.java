package org.tutela.register.notice;

/**
 * One difference between two versions of a pack, in the pack's own words. A fundamental
 * change alters what is processed, why, on which basis, for whom, by whom outside, where
 * or how long: the clients must be told of it (MEN-1).
 */
public record PackChange(String what, boolean fundamental) {
}
