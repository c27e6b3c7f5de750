package org.passage.privacy;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** Encrypts and decrypts stored values for one purpose; see {@link Keys#sealer}. */
public final class Sealer {
  private final Aead aead;
  private final byte[] purpose;

  Sealer(Aead aead, byte[] purpose) {
    this.aead = aead;
    this.purpose = purpose;
  }

  public byte[] seal(String plaintext) {
    try {
      return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), purpose);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  /** @throws IllegalStateException if the value was not sealed with this key and purpose */
  public String open(byte[] ciphertext) {
    try {
      return new String(aead.decrypt(ciphertext, purpose), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("decryption failed: wrong key or purpose, or tampered data", e);
    }
  }
}
