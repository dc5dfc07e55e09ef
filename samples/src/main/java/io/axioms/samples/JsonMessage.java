package io.axioms.samples;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The sample's response body, {@code {"message": "..."}}, correctly escaped. */
public final class JsonMessage {

  /** The media type of every body the sample writes. */
  public static final String CONTENT_TYPE = "application/json";

  private JsonMessage() {}

  /**
   * Returns the JSON text of a message body.
   *
   * @param message the message, any characters
   * @return {@code {"message": "..."}}
   */
  public static String of(String message) {
    return JSONObjectUtils.toJSONString(Map.of("message", message));
  }

  /**
   * Returns the UTF-8 bytes of a message body, ready for a fixed-length response.
   *
   * @param message the message, any characters
   * @return the encoded body
   */
  public static byte[] bytes(String message) {
    return of(message).getBytes(StandardCharsets.UTF_8);
  }
}
