package org.sezflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.sezflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the README shows a newcomer works: every URL of "Where things are" answers (no 404, no
 * error), and "A first walk with curl" runs, twice, with its own output. The walk runs against
 * this test's server, with test users in place of the demo users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadmeTest {

  static final Path README = Path.of("README.md");

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Test
  void everyUrlOfWhereThingsAreAnswers() throws Exception {
    TestUsers.Credentials admin = TestUsers.ensure(identityService, "readme-admin", Groups.CAMUNDA_ADMIN);
    String table = section("## Where things are");
    List<String> urls = new ArrayList<>();
    Matcher url = Pattern.compile("http://localhost:8080(/[^ |)`]*)").matcher(table);
    while (url.find()) {
      urls.add(url.group(1));
    }
    assertThat(urls).hasSizeGreaterThanOrEqualTo(8);
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    for (String path : urls) {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              (admin.userId() + ":" + admin.password()).getBytes(StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void theFirstWalkWithCurlRunsAgainAndAgain() throws Exception {
    TestUsers.Credentials portal = TestUsers.ensure(identityService, "readme-portal", Groups.EXTERNAL_SYSTEMS);
    TestUsers.Credentials pmu = TestUsers.ensure(identityService, "readme-pmu", Groups.BOI_PMU);
    String walk = codeBlock(section("## A first walk with curl"))
        .replace("http://localhost:8080", "http://localhost:" + port)
        .replace("-u portal:demo", "-u " + portal.userId() + ":" + portal.password())
        .replace("-u pmu:demo", "-u " + pmu.userId() + ":" + pmu.password());
    assertThat(walk).doesNotContain(":demo").doesNotContain("jq ");
    for (int run = 1; run <= 2; run++) {
      List<String> lines = bash(walk);
      assertThat(lines).as("run %d", run).hasSize(4);
      assertThat(lines.get(0)).matches("Submitted JV-\\d{4}-\\d{6}");
      assertThat(lines.subList(1, 4)).containsExactly("Screened: 204", "MOU", "WITHDRAWN");
    }
  }

  private static List<String> bash(String script) throws Exception {
    Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("the walk ends within a minute").isTrue();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.exitValue()).as(output).isZero();
    return output.lines().toList();
  }

  /** The README's text from a heading to the next heading of the same level. */
  private static String section(String heading) throws Exception {
    String text = Files.readString(README);
    int start = text.indexOf("\n" + heading + "\n");
    assertThat(start).as("README section %s", heading).isNotNegative();
    int end = text.indexOf("\n## ", start + heading.length() + 1);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static String codeBlock(String section) {
    int start = section.indexOf("```bash\n") + "```bash\n".length();
    return section.substring(start, section.indexOf("\n```", start));
  }
}
