package io.axioms.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample jar started the way a user starts it, {@code java -jar}, as a separate process in an
 * empty working directory, with every inherited {@code AXIOMS_*} variable removed and the given
 * ones added. Its output is collected line by line for the test to read.
 */
public final class SampleProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile(" listening on (http://\\S+)");

  private final Process process;
  private final String name;
  private final List<String> stdout = new ArrayList<>();
  private final List<String> stderr = new ArrayList<>();
  private final List<Thread> readers = new ArrayList<>();

  private SampleProcess(Process process, String name) {
    this.process = process;
    this.name = name;
    readers.add(collect(process.getInputStream(), stdout, "stdout"));
    readers.add(collect(process.getErrorStream(), stderr, "stderr"));
  }

  /**
   * Starts a jar on a free port on 127.0.0.1.
   *
   * @param name what to call its log file, such as the test class's name
   * @param jar the runnable jar
   * @param directory the working directory, where no {@code .env} file should be
   * @param environment variables to add, such as {@code AXIOMS_ISS_URL}
   * @return the running process
   * @throws IOException if the process cannot start
   */
  public static SampleProcess start(
      String name, Path jar, Path directory, Map<String, String> environment) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No sample jar at " + jar + "; run mvn package first");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(java.toString(), "-jar", jar.toAbsolutePath().toString())
            .directory(directory.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("AXIOMS_"));
    builder.environment().put("PORT", "0");
    builder.environment().put("HOST", "127.0.0.1");
    builder.environment().putAll(environment);
    return new SampleProcess(builder.start(), name);
  }

  private static Thread collect(InputStream stream, List<String> lines, String name) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                  }
                }
              } catch (IOException e) {
                // The process ended and closed its stream; what was read stays readable.
              }
            },
            "sample-" + name);
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  /**
   * Waits until the sample prints that it listens, and returns its base URL.
   *
   * @return the base URL, such as {@code http://127.0.0.1:40123}
   * @throws IllegalStateException if it exits or does not start within a minute
   */
  public String awaitBaseUrl() throws InterruptedException {
    String line =
        awaitLine(text -> LISTENING.matcher(text).find(), START_TIMEOUT)
            .orElseThrow(() -> new IllegalStateException("Sample did not start: " + output()));
    Matcher matcher = LISTENING.matcher(line);
    matcher.find();
    return matcher.group(1);
  }

  /**
   * Returns the first output line that matches, waiting for it within a bound.
   *
   * @param wanted the test
   * @param timeout how long to wait at most
   * @return the line, or empty if the process ended or the time ran out first
   */
  public Optional<String> awaitLine(Predicate<String> wanted, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (stdout) {
      for (int seen = 0; ; ) {
        for (; seen < stdout.size(); seen++) {
          if (wanted.test(stdout.get(seen))) {
            return Optional.of(stdout.get(seen));
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || !process.isAlive() && seen == stdout.size()) {
          return Optional.empty();
        }
        stdout.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
      }
    }
  }

  /**
   * Waits for the process to exit by itself.
   *
   * @param timeout how long to wait at most
   * @return the exit status
   * @throws IllegalStateException if it is still running after the timeout
   */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("Sample still running: " + output());
    }
    for (Thread reader : readers) {
      reader.join(TimeUnit.SECONDS.toMillis(5));
    }
    return process.exitValue();
  }

  /**
   * Returns everything the process printed so far, standard output then standard error.
   *
   * @return the text
   */
  public String output() {
    synchronized (stdout) {
      synchronized (stderr) {
        return String.join("\n", stdout) + "\n--- stderr ---\n" + String.join("\n", stderr);
      }
    }
  }

  /**
   * Returns what the process printed on standard error so far.
   *
   * @return the text
   */
  public String errors() {
    synchronized (stderr) {
      return String.join("\n", stderr);
    }
  }

  /**
   * Stops the process as Ctrl-C would, and forcibly if it does not end within ten seconds, then
   * keeps everything it printed in {@code target/sample-logs/<name>.log} for a reader of a failure.
   */
  @Override
  public void close() throws InterruptedException, IOException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Path logs = Files.createDirectories(Path.of("target", "sample-logs"));
    Files.writeString(logs.resolve(name + ".log"), output(), StandardCharsets.UTF_8);
  }
}
