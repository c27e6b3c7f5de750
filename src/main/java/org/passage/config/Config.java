package org.passage.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server is configured with, read once from the environment. Every variable is
 * documented in the README. A channel whose token is unset is off.
 */
public record Config(
    int port,
    String databaseUrl,
    Path dataDir,
    Path dialogsDir,
    Path nlpModelsDir,
    boolean webChat,
    int retentionDays,
    Optional<String> telegramBotToken,
    Optional<String> telegramWebhookSecret,
    String telegramApiBaseUrl,
    Optional<String> messengerPageAccessToken,
    Optional<String> messengerAppSecret,
    Optional<String> messengerVerifyToken,
    String messengerApiBaseUrl,
    String messengerGraphVersion) {

  public static Config fromEnvironment() {
    return from(System.getenv());
  }

  /** Reads the configuration from {@code env}; throws with the variable's name on a bad value. */
  public static Config from(Map<String, String> env) {
    Path dataDir = Path.of(value(env, "DATA_DIR").orElse("data"));
    return new Config(
        integer(env, "PORT", 8080),
        value(env, "DATABASE_URL")
            .orElse("jdbc:sqlite:" + dataDir.resolve("passage.db").toString()),
        dataDir,
        Path.of(value(env, "DIALOGS_DIR").orElse("dialogs")),
        Path.of(value(env, "NLP_MODELS_DIR").orElse("nlp-models")),
        bool(env, "WEB_CHAT", true),
        integer(env, "RETENTION_DAYS", 90),
        value(env, "TELEGRAM_BOT_TOKEN"),
        value(env, "TELEGRAM_WEBHOOK_SECRET"),
        value(env, "TELEGRAM_API_BASE_URL").orElse("https://api.telegram.org"),
        value(env, "MESSENGER_PAGE_ACCESS_TOKEN"),
        value(env, "MESSENGER_APP_SECRET"),
        value(env, "MESSENGER_VERIFY_TOKEN"),
        value(env, "MESSENGER_API_BASE_URL").orElse("https://graph.facebook.com"),
        value(env, "MESSENGER_GRAPH_VERSION").orElse("v25.0"));
  }

  /** A copy listening on {@code port}; tests use 0 for a free port. */
  public Config withPort(int port) {
    return new Config(port, databaseUrl, dataDir, dialogsDir, nlpModelsDir, webChat,
        retentionDays, telegramBotToken, telegramWebhookSecret, telegramApiBaseUrl,
        messengerPageAccessToken, messengerAppSecret, messengerVerifyToken, messengerApiBaseUrl,
        messengerGraphVersion);
  }

  /** Never prints tokens or secrets: only whether each one is set. */
  @Override
  public String toString() {
    return "Config[port=" + port + ", databaseUrl=" + databaseUrl.replaceAll("(?i)(password=)[^&;]*", "$1***")
        + ", dataDir=" + dataDir + ", dialogsDir=" + dialogsDir + ", nlpModelsDir=" + nlpModelsDir
        + ", webChat=" + webChat + ", retentionDays=" + retentionDays
        + ", telegram=" + (telegramBotToken.isPresent() ? "on" : "off")
        + ", messenger=" + (messengerPageAccessToken.isPresent() ? "on" : "off") + "]";
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    Optional<String> raw = value(env, name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(raw.get());
      if (parsed < 0) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number >= 0, was '" + raw.get() + "'");
    }
  }

  private static boolean bool(Map<String, String> env, String name, boolean fallback) {
    Optional<String> raw = value(env, name).map(String::toLowerCase);
    if (raw.isEmpty()) {
      return fallback;
    }
    return switch (raw.get()) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false, was '" + raw.get() + "'");
    };
  }
}
