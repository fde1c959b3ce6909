package org.tutela.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.mfa.Totp;

/**
 * One person's browser over real HTTP: it keeps cookies, sends the CSRF token of the last
 * page it read with every form, and does not follow redirects, so tests see each step.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(this.cookies)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String agent;

	private String csrf = "";

	private @Nullable String accept;

	public Browser(int port) {
		this(port, "TestBrowser/1.0");
	}

	public Browser(int port, String agent) {
		this.base = "http://127.0.0.1:" + port;
		this.agent = agent;
	}

	/**
	 * Asks for this media type from now on, as a real browser asks for {@code text/html}.
	 */
	public Browser accepting(String mediaType) {
		this.accept = mediaType;
		return this;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	/** A download: a PDF, a CSV file. */
	public HttpResponse<byte[]> download(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Posts a form with the CSRF token of the last page read; fields are name, value
	 * pairs.
	 */
	public HttpResponse<String> post(String path, String... fields) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		if (!this.csrf.isEmpty()) {
			pairs.add("_csrf=" + encode(this.csrf));
		}
		return postRaw(path, String.join("&", pairs));
	}

	public HttpResponse<String> postRaw(String path, String form) {
		return postRaw(path, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
	}

	/** Posts a body as it is, in any content type, with any headers. */
	public HttpResponse<String> postRaw(String path, String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		return send(headers.length == 0 ? request : request.headers(headers));
	}

	/**
	 * Posts a multipart form with the CSRF token of the last page read: the fields, name
	 * and value pairs, and one file; the answer as bytes, for a download.
	 */
	public HttpResponse<byte[]> postFile(String path, String fileField, String fileName, String contentType,
			byte[] file, String... fields) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		List<String> all = new ArrayList<>(List.of(fields));
		all.add("_csrf");
		all.add(this.csrf);
		for (int i = 0; i < all.size(); i += 2) {
			body.writeBytes(("--XX\r\nContent-Disposition: form-data; name=\"" + all.get(i) + "\"\r\n\r\n"
					+ all.get(i + 1) + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--XX\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes("\r\n--XX--\r\n".getBytes(StandardCharsets.UTF_8));
		return send(
				HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Content-Type", "multipart/form-data; boundary=XX")
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The CSRF token of the last page read, for a form built by hand. */
	public String csrfToken() {
		return this.csrf;
	}

	/**
	 * Signs in with a password and, when asked, the current authenticator code; returns
	 * the last redirect.
	 */
	public HttpResponse<String> signIn(TestAccounts.TestAccount account) {
		get("/login");
		HttpResponse<String> response = post("/login", "username", account.username(), "password", account.password());
		if (location(response).endsWith("/login/second-factor")) {
			get("/login/second-factor");
			response = post("/login/second-factor", "code", Totp.code(account.totpSecret(), Instant.now()));
		}
		return response;
	}

	public static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/**
	 * Takes over a session by its cookie value, as someone who copied the cookie would.
	 */
	public void useSession(String sessionCookie) {
		java.net.HttpCookie cookie = new java.net.HttpCookie("SESSION", sessionCookie);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.base), cookie);
	}

	public String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(cookie -> cookie.getValue())
			.findFirst()
			.orElse("");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		if (this.accept != null) {
			request.header("Accept", this.accept);
		}
		try {
			return this.client.send(request.header("User-Agent", this.agent).timeout(Duration.ofSeconds(60)).build(),
					body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
