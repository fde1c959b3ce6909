package org.tutela.platform.clock;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work that runs on a timer: re-encryption after a key rotation, among others.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {

}
