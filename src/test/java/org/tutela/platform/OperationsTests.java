package org.tutela.platform;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator needs: health, metrics behind a login, and the API's own description.
 */
@HttpTest
class OperationsTests {

	@Autowired
	Http http;

	@Test
	void healthIsUpAndPublic() {
		HttpResponse<String> health = this.http.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void metricsNeedALogin() {
		assertThat(this.http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		HttpResponse<String> metrics = this.http.get("/actuator/prometheus", "Authorization", Http.STAFF);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void theApiDescribesItself() {
		HttpResponse<String> openApi = this.http.get("/v3/api-docs");
		assertThat(openApi.statusCode()).isEqualTo(200);
		assertThat(openApi.body()).contains("\"openapi\"", "/api/v1/courses");
		assertThat(this.http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

}
