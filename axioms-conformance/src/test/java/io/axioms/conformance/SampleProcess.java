package io.axioms.conformance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sample API as a user runs it: {@code java -jar samples/target/axioms-samples.jar} in its own
 * process, on a free loopback port, trusting the issuer the test controls through {@code AXIOMS_*}
 * environment variables. When the jar has not been packaged yet (a build that stops at {@code
 * test}), the same main class runs from this module's class path, which holds the sample. Each
 * run's output is kept in {@code target/sample-logs}.
 */
final class SampleProcess implements AutoCloseable {

  private static final Path JAR = Path.of("..", "samples", "target", "axioms-samples.jar");

  private final Process process;
  private final URI base;
  private final Path log;

  private SampleProcess(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /** Starts the sample with the given {@code AXIOMS_*} settings and waits until it serves. */
  static SampleProcess start(Map<String, String> settings, Path directory) throws IOException {
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(command()).directory(directory.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("AXIOMS_"));
    builder.environment().putAll(settings);
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().put("HOST", "127.0.0.1");
    Path logs = Files.createDirectories(Path.of("target", "sample-logs"));
    Path log = Files.createTempFile(logs, "sample-", ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    SampleProcess sample =
        new SampleProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
    sample.awaitServing();
    return sample;
  }

  private static List<String> command() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Dsun.net.httpserver.nodelay=true"));
    if (Files.isRegularFile(JAR)) {
      command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    } else {
      command.addAll(
          List.of("-cp", System.getProperty("java.class.path"), "io.axioms.samples.Main"));
    }
    return command;
  }

  /** Returns whether the sample runs from its packaged jar, as the README tells users to. */
  static boolean runsFromJar() {
    return Files.isRegularFile(JAR);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private void awaitServing() {
    HttpClient client = HttpClient.newHttpClient();
    Eventually.within(
        Duration.ofSeconds(30),
        "the sample to serve /public; its log: " + log,
        () -> {
          if (!process.isAlive()) {
            throw new IllegalStateException("The sample exited; its log: " + readLog());
          }
          try {
            HttpRequest request =
                HttpRequest.newBuilder(base.resolve("/public"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          } catch (IOException e) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        });
  }

  private String readLog() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  URI uri(String path) {
    return base.resolve(path);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
