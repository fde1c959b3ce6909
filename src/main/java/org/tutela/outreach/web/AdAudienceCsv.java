package org.tutela.outreach.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * An {@link AdAudience} as the file the platforms' upload forms take: a header line, then
 * one hash a line. As JSON it is written like every other answer, so both come from one
 * endpoint and the client's Accept header chooses.
 */
class AdAudienceCsv extends AbstractHttpMessageConverter<AdAudience> {

	AdAudienceCsv() {
		super(StandardCharsets.UTF_8, new MediaType("text", "csv"));
	}

	@Override
	protected boolean supports(Class<?> type) {
		return AdAudience.class == type;
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected AdAudience readInternal(Class<? extends AdAudience> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("An ad audience is only written", input);
	}

	@Override
	protected void writeInternal(AdAudience audience, HttpOutputMessage output) throws IOException {
		String lines = "sha256_email\n" + String.join("\n", audience.hashes()) + "\n";
		output.getBody().write(lines.getBytes(StandardCharsets.UTF_8));
	}

}
