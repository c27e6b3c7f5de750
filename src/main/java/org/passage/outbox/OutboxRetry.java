package org.passage.outbox;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code outbox retry ID... | --all-dead [--platform P]}: puts dead replies that still hold their
 * text and address back in the queue, one line per row saying what was done; exit code 2 when
 * none could be. A running server sends them at its next poll of the outbox.
 */
@Command(name = "retry", mixinStandardHelpOptions = true,
    description = "Put dead replies back in the queue (attempts 0, due now); a running server sends them within about 2 s.")
final class OutboxRetry implements Callable<Integer> {
  @ParentCommand OutboxCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Outbox row ids, as `outbox list` shows them.")
  List<Long> ids = List.of();

  @Option(names = "--all-dead", description = "Every dead reply that still holds its text and address.")
  boolean allDead;

  @Option(names = "--platform", description = "With --all-dead: only this platform's (telegram, messenger).")
  String platform;

  @Override
  public Integer call() {
    if (allDead == !ids.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give row ids or --all-dead (not both)");
    }
    if (platform != null && !allDead) {
      throw new ParameterException(spec.commandLine(), "--platform goes with --all-dead");
    }
    PrintWriter out = spec.commandLine().getOut();
    return parent.withOutbox(spec.commandLine().getErr(), undelivered -> {
      List<Long> rows = allDead ? undelivered.retryableDead(Optional.ofNullable(platform)) : ids;
      if (rows.isEmpty()) {
        out.println("nothing to retry: no dead reply holds its text and address"
            + (platform == null ? "" : " on " + platform));
        return 2;
      }
      int requeued = 0;
      for (long id : rows) {
        Undelivered.Retry retry = undelivered.retry(id);
        out.println("#" + id + " " + retry.note());
        requeued += retry.requeued() ? 1 : 0;
      }
      out.println(requeued + " of " + rows.size() + " requeued"
          + (requeued > 0 ? "; a running server sends them within about 2 seconds" : ""));
      return requeued > 0 ? 0 : 2;
    });
  }
}
