package org.passage.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Errors as small JSON bodies; nothing about the request's content is logged. */
final class Errors {
  private static final Logger log = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void register(RoutesConfig routes) {
    routes.exception(BadRequestResponse.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
    routes.exception(Exception.class, (e, ctx) -> {
      log.error("{} {} failed: {}", ctx.method(), ctx.path(), e.getClass().getName());
      ctx.status(500).json(Map.of("error", "internal error"));
    });
  }
}
