package io.axioms.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the runtime logs under one logger name, through {@code java.util.logging}, where
 * the JDK's default {@code System.Logger} implementation sends it.
 */
final class CapturedLog extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  CapturedLog(String name) {
    logger = Logger.getLogger(name);
    logger.addHandler(this);
  }

  /** Returns the formatted messages logged at WARNING or above. */
  List<String> warnings() {
    return records.stream()
        .filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
        .map(record -> new java.util.logging.SimpleFormatter().formatMessage(record))
        .collect(java.util.stream.Collectors.toList());
  }

  /** Returns every formatted message. */
  List<String> messages() {
    return records.stream()
        .map(record -> new java.util.logging.SimpleFormatter().formatMessage(record))
        .collect(java.util.stream.Collectors.toList());
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
