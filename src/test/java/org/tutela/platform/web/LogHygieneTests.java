package org.tutela.platform.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Log lines carry the request id, and never the personal data a request carried. */
@HttpTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTests {

	private static final String EMAIL = "an.peeters@example.be";

	@Autowired
	RequestIdFilter filter;

	@Autowired
	Http http;

	@Test
	void everyLogLineOfARequestCarriesItsId(CapturedOutput output) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader(RequestIdFilter.HEADER, "req-4711-abcdef");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response,
				(req, res) -> LoggerFactory.getLogger(LogHygieneTests.class).info("handling the request"));
		assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("req-4711-abcdef");
		assertThat(output.getOut().lines().filter(line -> line.contains("handling the request"))).singleElement()
			.satisfies(line -> assertThat(line).contains("[req-4711-abcdef]"));
	}

	@Test
	void anIdThatIsNotAPlainTokenIsReplaced() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader(RequestIdFilter.HEADER, "<script>" + EMAIL);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> {
		});
		assertThat(response.getHeader(RequestIdFilter.HEADER)).doesNotContain(EMAIL).hasSize(36);
	}

	@Test
	void failedRequestsLogNoneOfTheDataTheyCarried(CapturedOutput output) {
		HttpResponse<String> malformed = this.http.postJson("/api/v1/courses?email=" + EMAIL,
				"{\"code\": \"" + EMAIL + "\" \"title\"}", "Authorization", Http.STAFF);
		HttpResponse<String> invalid = this.http.postJson("/api/v1/courses",
				"{\"code\": \"" + EMAIL + "\", \"title\": \"" + EMAIL + "\", \"language\": \"xx\"}", "Authorization",
				Http.STAFF);
		this.http.get("/api/v1/courses/" + EMAIL);
		this.http.get("/no-such-page?email=" + EMAIL);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(output.getAll()).doesNotContain(EMAIL);
	}

}
