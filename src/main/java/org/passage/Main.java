package org.passage;

import org.passage.channel.telegram.WebhookCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar passage.jar <command>}. Each command is its own class. */
@Command(
    name = "passage",
    mixinStandardHelpOptions = true,
    version = "passage 0.1.0",
    description = "Safe-migration outreach and anonymous trafficking reporting chatbot.",
    subcommands = {WebhookCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
