package org.tutela.outreach.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The CSV form of an ad audience, beside the JSON every answer has. */
@Configuration(proxyBeanMethods = false)
class OutreachWebConfiguration implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.addCustomConverter(new AdAudienceCsv());
	}

}
