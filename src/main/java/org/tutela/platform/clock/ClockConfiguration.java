package org.tutela.platform.clock;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Every deadline and timestamp is computed from it, so
 * tests replace this bean to move time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${tutela.time-zone}") ZoneId zone) {
		return Clock.system(zone);
	}

}
