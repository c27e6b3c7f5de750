package org.passage.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.passage.config.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code webhook set|info|delete}: registers this server's webhook with Telegram
 * ({@code setWebhook} with the secret token, the update types the bot handles and
 * max_connections), shows {@code getWebhookInfo}, or removes it. Reads TELEGRAM_BOT_TOKEN,
 * TELEGRAM_WEBHOOK_SECRET and TELEGRAM_API_BASE_URL from the environment; prints neither the
 * token nor the secret. Exit code 0 on success, 1 if Telegram refused, 2 on a configuration error.
 */
@Command(name = "webhook", mixinStandardHelpOptions = true,
    description = "Set, show or delete the Telegram webhook.",
    subcommands = {WebhookCommand.Set.class, WebhookCommand.Info.class, WebhookCommand.Delete.class})
public final class WebhookCommand {
  static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");
  private final Map<String, String> env;

  public WebhookCommand() {
    this(System.getenv());
  }

  WebhookCommand(Map<String, String> env) {
    this.env = env;
  }

  /** Calls {@code method}; prints Telegram's answer (never the token) and returns the exit code. */
  int call(PrintWriter out, PrintWriter err, String method, Map<String, Object> body) {
    Config config;
    try {
      config = Config.from(env);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (config.telegramBotToken().isEmpty()) {
      err.println("TELEGRAM_BOT_TOKEN is not set");
      return 2;
    }
    TelegramApi api = new TelegramApi(TelegramChannel.httpClient(), config.telegramApiBaseUrl(), config.telegramBotToken().get());
    try {
      TelegramApi.Answer answer = api.call(method, body);
      if (!answer.ok()) {
        err.println(method + " failed: " + answer.status() + " " + answer.description());
        return 1;
      }
      JsonNode result = answer.result();
      out.println(result.isObject() ? result.toPrettyString() : method + ": " + answer.description().replaceFirst("^HTTP 200$", "ok"));
      return 0;
    } catch (IOException e) {
      err.println(method + " failed: no answer from the Bot API (" + e.getMessage() + ")");
      return 1;
    }
  }

  @Command(name = "set", description = "Register the webhook URL with the secret token.")
  static final class Set implements Callable<Integer> {
    @ParentCommand WebhookCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--url", required = true, description = "Public HTTPS URL ending in /webhooks/telegram (ports 443, 80, 88 or 8443).")
    String url;

    @Option(names = "--max-connections", defaultValue = "40", description = "1-100 (default ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--drop-pending-updates", description = "Discard updates waiting at Telegram.")
    boolean dropPending;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      String secret = parent.env.getOrDefault("TELEGRAM_WEBHOOK_SECRET", "").strip();
      if (!TelegramChannel.SECRET.matcher(secret).matches()) {
        err.println("TELEGRAM_WEBHOOK_SECRET must be set: 1-256 of A-Z a-z 0-9 _ -");
        return 2;
      }
      if (!url.startsWith("https://")) {
        err.println("--url must start with https://");
        return 2;
      }
      if (maxConnections < 1 || maxConnections > 100) {
        err.println("--max-connections must be 1-100");
        return 2;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("url", url);
      body.put("secret_token", secret);
      body.put("allowed_updates", ALLOWED_UPDATES);
      body.put("max_connections", maxConnections);
      body.put("drop_pending_updates", dropPending);
      return parent.call(spec.commandLine().getOut(), err, "setWebhook", body);
    }
  }

  @Command(name = "info", description = "Show what Telegram knows about the webhook (getWebhookInfo).")
  static final class Info implements Callable<Integer> {
    @ParentCommand WebhookCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return parent.call(spec.commandLine().getOut(), spec.commandLine().getErr(), "getWebhookInfo", Map.of());
    }
  }

  @Command(name = "delete", description = "Remove the webhook (deleteWebhook).")
  static final class Delete implements Callable<Integer> {
    @ParentCommand WebhookCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--drop-pending-updates", description = "Discard updates waiting at Telegram.")
    boolean dropPending;

    @Override
    public Integer call() {
      return parent.call(spec.commandLine().getOut(), spec.commandLine().getErr(), "deleteWebhook",
          Map.of("drop_pending_updates", dropPending));
    }
  }
}
