package org.passage;

import org.passage.channel.messenger.MessengerCommand;
import org.passage.dialog.ContentException;
import org.passage.nlp.TrainCommand;
import org.passage.outbox.OutboxCommand;
import org.passage.screening.ScreenCommand;
import org.passage.channel.telegram.WebhookCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar passage.jar <command>}. Each command is its own class. */
@Command(
    name = "passage",
    mixinStandardHelpOptions = true,
    version = "passage 0.1.0",
    description = "Safe-migration outreach and anonymous trafficking reporting chatbot.",
    subcommands = {ServeCommand.class, ChatCommand.class, ScreenCommand.class, TrainCommand.class,
        WebhookCommand.class, MessengerCommand.class, OutboxCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new Main());
    // a configuration or content mistake is the user's to fix: say what it is, without a stack trace
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof ContentException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
        line.getErr().println("passage: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    System.exit(cli.execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
