package org.passage.privacy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * The two secrets of a deployment, as Tink keysets in a folder: {@code aead.json} encrypts what
 * is stored (AES-256-GCM), {@code prf.json} turns platform user ids into pseudonyms
 * (HMAC-SHA256). Created on first start with owner-only permissions; losing them makes stored
 * data unreadable and gives every user a new pseudonym.
 */
public final class Keys {
  private final Aead aead;
  private final PrfSet prf;

  private Keys(Aead aead, PrfSet prf) {
    this.aead = aead;
    this.prf = prf;
  }

  /** Loads the keysets in {@code dir}, creating any that is missing. */
  public static Keys loadOrCreate(Path dir) {
    try {
      AeadConfig.register();
      PrfConfig.register();
      Files.createDirectories(dir);
      KeysetHandle aeadKeys = loadOrCreate(dir.resolve("aead.json"), "AES256_GCM");
      KeysetHandle prfKeys = loadOrCreate(dir.resolve("prf.json"), "HMAC_SHA256_PRF");
      return new Keys(
          aeadKeys.getPrimitive(RegistryConfiguration.get(), Aead.class),
          prfKeys.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot load or create the keys in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static KeysetHandle loadOrCreate(Path file, String template)
      throws GeneralSecurityException, IOException {
    if (Files.exists(file)) {
      return TinkJsonProtoKeysetFormat.parseKeyset(
          Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
    }
    KeysetHandle handle = KeysetHandle.generateNew(KeyTemplates.get(template));
    String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, json, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException ignored) {
      // not a POSIX file system: the folder's own permissions protect it
    }
    Files.move(tmp, file);
    return handle;
  }

  /** Encryption bound to a purpose (e.g. a table name), so a ciphertext can't be moved elsewhere. */
  public Sealer sealer(String purpose) {
    return new Sealer(aead, purpose.getBytes(StandardCharsets.UTF_8));
  }

  /** The pseudonymous conversation key of a platform user. */
  public String pseudonym(String platform, String platformUserId) {
    try {
      byte[] mac = prf.computePrimary(
          (platform + '\u0000' + platformUserId).getBytes(StandardCharsets.UTF_8), 20);
      StringBuilder hex = new StringBuilder(platform.length() + 41).append(platform).append(':');
      for (byte b : mac) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("pseudonym computation failed", e);
    }
  }
}
