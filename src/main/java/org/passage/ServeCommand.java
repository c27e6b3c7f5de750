package org.passage;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.passage.config.Config;
import picocli.CommandLine.Command;

/** {@code serve}: the whole server until SIGTERM or Ctrl-C, which finish in-flight work first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the server: webhooks, web chat at /, /healthz, /metrics.")
final class ServeCommand implements Callable<Integer> {

  @Override
  public Integer call() throws InterruptedException {
    App app = Brains.build(Config.fromEnvironment()).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
    return 0;
  }
}
