package org.passage.channel.messenger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's webhook signature: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(raw body, app secret)>},
 * computed over the raw bytes before any parsing and compared in constant time. The algorithm is
 * fixed here, never taken from the request.
 */
final class HubSignature {
  static final String HEADER = "X-Hub-Signature-256";
  private static final String PREFIX = "sha256=";
  private final byte[] appSecret;

  HubSignature(String appSecret) {
    this.appSecret = appSecret.getBytes(StandardCharsets.UTF_8);
  }

  /** True only if {@code header} is a well-formed SHA-256 signature of {@code body}. */
  boolean isValid(byte[] body, String header) {
    if (header == null || !header.startsWith(PREFIX) || header.length() != PREFIX.length() + 64) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(hmac("HmacSHA256", appSecret, body), given);
  }

  /** The header value Meta would send for {@code body}; tests and the local try-out use it. */
  String sign(byte[] body) {
    return PREFIX + HexFormat.of().formatHex(hmac("HmacSHA256", appSecret, body));
  }

  /**
   * messenger4j 1.0.0 insists on checking the old SHA1 header, hashing with the platform charset.
   * After our SHA-256 check of the raw body, each single event we hand it is signed this way.
   */
  String sha1ForMessenger4j(String json) {
    return "sha1=" + HexFormat.of().formatHex(hmac("HmacSHA1", appSecret, json.getBytes()));
  }

  private static byte[] hmac(String algorithm, byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }
}
