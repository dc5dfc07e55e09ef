package io.axioms.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sample jar started with no {@code AXIOMS_*} setting, as a newcomer starts it: it must run its
 * embedded issuer, print where everything is, print {@code curl} lines that do what their comments
 * say, and mint tokens for any claims at the printed token endpoint. Subclasses name the jar.
 */
public abstract class LocalIssuerSampleContract extends SampleRouteContract {

  private static final Pattern TOKEN_LINE = Pattern.compile("^\\s+token\\s+(http://\\S+)");
  private static final Pattern EXPECTATION = Pattern.compile("^\\s+# (\\d{3})");
  private static final Pattern CURL =
      Pattern.compile("^\\s+curl -i (\\S+)(?: -H 'Authorization: ([^']+)')?$");

  private String tokenUrl;

  @Override
  protected Map<String, String> sampleEnvironment() {
    return Map.of();
  }

  @BeforeAll
  void readTheBanner() throws Exception {
    SampleProcess sample = sample();
    String line =
        sample
            .awaitLine(text -> TOKEN_LINE.matcher(text).find(), Duration.ofSeconds(10))
            .orElseThrow(() -> new AssertionError("No token endpoint printed: " + sample.output()));
    Matcher matcher = TOKEN_LINE.matcher(line);
    matcher.find();
    tokenUrl = matcher.group(1);
    sample.awaitLine(text -> text.startsWith("Stop it with"), Duration.ofSeconds(10));
  }

  @Override
  protected TokenSource tokens() {
    return this::mint;
  }

  private String mint(Grant grant) throws Exception {
    String query =
        "scope="
            + encode(String.join(" ", grant.scopes()))
            + "&roles="
            + encode(String.join(",", grant.roles()))
            + "&permissions="
            + encode(String.join(",", grant.permissions()));
    HttpResponse<String> response = SampleHttp.call("GET", tokenUrl + "?" + query, null);
    assertEquals(200, response.statusCode(), response.body());
    return (String) json(response).get("access_token");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void printedCurlLinesGetTheStatusesTheirCommentsPromise() throws Exception {
    List<String[]> commands = printedCommands();

    assertEquals(4, commands.size(), sample().output());
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (String[] command : commands) {
      expected.add(command[0]);
      actual.add(String.valueOf(SampleHttp.call("GET", command[1], command[2]).statusCode()));
    }
    assertEquals(List.of("200", "401", "401", "403"), expected);
    assertEquals(expected, actual);
  }

  /** Returns, for each printed curl line, its promised status, its URL and its header value. */
  private List<String[]> printedCommands() {
    List<String[]> commands = new ArrayList<>();
    String promised = null;
    for (String line : sample().output().split("\n")) {
      Matcher expectation = EXPECTATION.matcher(line);
      Matcher curl = CURL.matcher(line);
      if (expectation.find()) {
        promised = expectation.group(1);
      } else if (curl.find() && promised != null) {
        commands.add(new String[] {promised, curl.group(1), curl.group(2)});
        promised = null;
      }
    }
    return commands;
  }

  @Test
  void printedMintLinesWorkInAShell() throws Exception {
    Path curl = Path.of("/usr/bin/curl");
    Assumptions.assumeTrue(Files.isExecutable(curl), "needs curl and bash, as the banner does");
    List<String> lines = List.of(sample().output().split("\n"));
    int mint = 0;
    while (!lines.get(mint).contains("TOKEN=$(")) {
      mint++;
    }
    String script = lines.get(mint).strip() + "\n" + lines.get(mint + 1).strip() + "\n";

    Process shell =
        new ProcessBuilder("bash", "-c", script)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, shell.waitFor(), output);
    assertTrue(output.startsWith("HTTP/1.1 200"), output);
  }

  @Test
  void printsTheEmbeddedIssuerItTrusts() throws Exception {
    String issuer = tokenUrl.substring(0, tokenUrl.length() - "/token".length());
    HttpResponse<String> discovery =
        SampleHttp.call("GET", issuer + "/.well-known/openid-configuration", null);

    assertTrue(sample().output().contains("embedded local issuer"), sample().output());
    assertTrue(sample().output().contains("discovery  " + issuer), sample().output());
    assertEquals(200, discovery.statusCode());
    assertEquals(issuer, json(discovery).get("issuer"));
  }
}
