package io.axioms.runtime;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Reads the {@code jwks_uri} of an issuer's OpenID Connect discovery document (OpenID Connect
 * Discovery 1.0, section 4). The document's {@code issuer} must equal the configured issuer
 * exactly, and its {@code jwks_uri} must follow the same URL rules as configured URLs. It is
 * fetched with the same bounds as the key set ({@link BoundedRetriever}); a redirect is not
 * followed and makes the document unusable.
 */
final class IssuerDiscovery {

  /** What one discovery attempt found. */
  static final class Outcome {
    final URI keySetUrl;
    final boolean transientFailure;
    final boolean suspicious;
    final String explanation;

    private Outcome(
        URI keySetUrl, boolean transientFailure, boolean suspicious, String explanation) {
      this.keySetUrl = keySetUrl;
      this.transientFailure = transientFailure;
      this.suspicious = suspicious;
      this.explanation = explanation;
    }

    static Outcome found(URI keySetUrl) {
      return new Outcome(keySetUrl, false, false, "from the discovery document");
    }

    /** The issuer publishes no document: use the fallback URL. */
    static Outcome absent(String explanation) {
      return new Outcome(null, false, false, explanation);
    }

    /** The document is there but cannot be trusted or used: use the fallback URL. */
    static Outcome unusable(String explanation) {
      return new Outcome(null, false, true, explanation);
    }

    /** The issuer could not be asked: try again later. */
    static Outcome unreachable(String explanation) {
      return new Outcome(null, true, false, explanation);
    }
  }

  private final URI documentUrl;
  private final String issuer;
  private final BoundedRetriever retriever;

  IssuerDiscovery(URI documentUrl, String issuer, KeySetSettings settings) {
    this.documentUrl = documentUrl;
    this.issuer = issuer;
    this.retriever = new BoundedRetriever(settings, "application/json");
  }

  /** Returns the outcome of one fetch of the discovery document; never throws. */
  Outcome attempt() {
    String body;
    try {
      body = retriever.retrieveResource(documentUrl.toURL()).getContent();
    } catch (BoundedRetriever.StatusFailure e) {
      return forStatus(e.status(), e.getMessage());
    } catch (BoundedRetriever.BodyRefused e) {
      return Outcome.unusable(e.getMessage());
    } catch (IOException | RuntimeException e) {
      return Outcome.unreachable(LogText.describe(e));
    }
    Map<String, Object> document;
    try {
      document = StrictJson.parseObject(body);
    } catch (StrictJson.Malformed e) {
      return Outcome.unusable("document is not a JSON object");
    }
    return interpret(document);
  }

  /** A 5xx or 429 is worth retrying; a 404 or 410 means no document; the rest is unusable. */
  private static Outcome forStatus(int status, String explanation) {
    if (status >= 500 || status == 429) {
      return Outcome.unreachable(explanation);
    }
    if (status == 404 || status == 410) {
      return Outcome.absent(explanation);
    }
    return Outcome.unusable(explanation);
  }

  private Outcome interpret(Map<String, Object> document) {
    if (!issuer.equals(document.get("issuer"))) {
      return Outcome.unusable("document names another issuer");
    }
    Object jwksUri = document.get("jwks_uri");
    if (!(jwksUri instanceof String)) {
      return Outcome.unusable("document has no jwks_uri");
    }
    String problem = TrustedUrls.problem((String) jwksUri);
    if (problem != null) {
      return Outcome.unusable("jwks_uri " + problem);
    }
    return Outcome.found(URI.create((String) jwksUri));
  }
}
