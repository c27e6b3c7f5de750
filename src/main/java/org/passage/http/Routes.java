package org.passage.http;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.passage.App;

/** Every HTTP route of the server, in one place. */
public final class Routes {
  /** Webhook and chat bodies larger than this are refused with 413. */
  public static final long MAX_BODY = 256 * 1024;

  private Routes() {}

  public static Javalin create(App app) {
    Health health = new Health(app);
    WebChat chat = new WebChat(app.local());
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY;
      config.jetty.modifyServer(server -> server.setStopTimeout(15_000));
      if (app.config().webChat()) {
        config.staticFiles.add(files -> {
          files.hostedPath = "/";
          files.directory = "/web";
          files.location = Location.CLASSPATH;
        });
        config.routes.post("/chat/send", chat::send);
      }
      config.routes.before(ctx -> {
        if (ctx.contentLength() > MAX_BODY) {
          throw new io.javalin.http.ContentTooLargeResponse();
        }
      });
      app.messenger().ifPresent(messenger -> {
        config.routes.get("/webhooks/messenger", messenger.webhook()::verify);
        config.routes.post("/webhooks/messenger", messenger.webhook()::receive);
      });
      app.telegram().ifPresent(telegram -> config.routes.post("/webhooks/telegram", telegram.webhook()::handle));
      config.routes.get("/healthz", health::check);
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(app.metrics().scrape()));
      Errors.register(config.routes);
    });
  }
}
