/**
 * Register: the policy pack with controllers, purposes, legal bases, recipients and retention rules; notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register")
package org.tutela.register;
