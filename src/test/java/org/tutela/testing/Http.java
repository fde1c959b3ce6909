package org.tutela.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.springframework.core.env.Environment;

/**
 * A real HTTP connection to the application under test, so that filters, security and
 * error dispatch all take part, as they do for a user.
 */
public final class Http {

	public static final String STAFF = basic("staff", "test-only-password");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Environment environment;

	Http(Environment environment) {
		this.environment = environment;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	/** A download: a PDF, a CSV file. */
	public HttpResponse<byte[]> download(String path, String... headers) {
		return send(request(path, headers).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> postJson(String path, String json, String... headers) {
		return post(path, "application/json", json, headers);
	}

	public HttpResponse<String> postForm(String path, String form, String... headers) {
		return post(path, "application/x-www-form-urlencoded", form, headers);
	}

	public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A body as raw bytes, which need not be text in any encoding. */
	public HttpResponse<String> postBytes(String path, String contentType, byte[] body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		// The port is known only once the server has started, after this bean was made.
		String base = "http://127.0.0.1:" + this.environment.getRequiredProperty("local.server.port");
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		return headers.length == 0 ? builder : builder.headers(headers);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.client.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
