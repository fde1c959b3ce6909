/**
 * Requests: data-subject requests from intake and identity check to fulfilment, on time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package org.tutela.requests;
