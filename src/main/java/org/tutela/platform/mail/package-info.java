/**
 * Mail: sending at once, and the outbox that queues a message in the caller's
 * transaction.
 */
@org.springframework.modulith.NamedInterface("mail")
package org.tutela.platform.mail;
