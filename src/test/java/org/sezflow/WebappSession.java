package org.sezflow;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser's session with Camunda's web apps, without the browser: the XSRF cookie, the login
 * form of one app, then the web apps' own API ({@code /camunda/api/...}) with the session cookie
 * and the XSRF header, as Tasklist and Cockpit call it.
 */
public final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private HttpResponse<String> login;

  private WebappSession(int port) {
    this.base = URI.create("http://localhost:" + port);
  }

  /** Logs into the app ("tasklist", "cockpit" or "admin"); see {@link #loggedIn()}. */
  public static WebappSession logIn(int port, TestUsers.Credentials user, String app) {
    WebappSession session = new WebappSession(port);
    session.send("GET", "/camunda/app/" + app + "/default/", null, null);
    String form = "username=" + URLEncoder.encode(user.userId(), StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(user.password(), StandardCharsets.UTF_8);
    session.login = session.send("POST", "/camunda/api/admin/auth/user/default/login/" + app, form,
        "application/x-www-form-urlencoded");
    // The login starts a new session without a CSRF token; a first read gives it one, as the app's
    // own first call after the login does.
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  public boolean loggedIn() {
    return login.statusCode() == 200;
  }

  /** The login's answer: status and body (the reason a refused login gives). */
  public HttpResponse<String> loginResponse() {
    return login;
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null, null);
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  public HttpResponse<String> send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    String xsrf = xsrf();
    if (xsrf != null) {
      request.header("X-XSRF-TOKEN", xsrf);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
  }
}
