/**
 * Field encryption, keyed hashes and random tokens: the ciphers other modules store their
 * personal data with, and the Tink keysets behind them.
 */
@org.springframework.modulith.NamedInterface("crypto")
package org.tutela.platform.crypto;
