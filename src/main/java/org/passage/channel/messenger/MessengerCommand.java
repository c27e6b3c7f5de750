package org.passage.channel.messenger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.passage.config.Config;
import org.passage.dialog.ContentLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage messenger profile}: sets the page's Get Started button, greetings and persistent menus. */
@Command(name = "messenger", description = "Facebook Messenger page set-up.",
    mixinStandardHelpOptions = true, subcommands = {MessengerCommand.Profile.class})
public final class MessengerCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Builds the profile from dialogs/ and uploads it with the page token (or prints it with --dry-run). */
  @Command(name = "profile", mixinStandardHelpOptions = true,
      description = "Set Get Started, the greeting and the persistent menu in every language, from dialogs/.")
  static final class Profile implements Callable<Integer> {
    @Option(names = "--dry-run", description = "Print the profile JSON instead of sending it.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
      Config config = Config.fromEnvironment();
      ObjectNode profile = MessengerProfile.build(ContentLoader.load(config.dialogsDir()));
      if (dryRun) {
        System.out.println(profile.toPrettyString());
        return 0;
      }
      if (config.messengerPageAccessToken().isEmpty()) {
        System.err.println("MESSENGER_PAGE_ACCESS_TOKEN is not set");
        return 2;
      }
      try {
        MessengerProfile.upload(new GraphApi(config.messengerApiBaseUrl(), config.messengerGraphVersion(),
            config.messengerPageAccessToken().get()), profile);
      } catch (java.io.IOException e) {
        // the exception's own message never holds the URL (and so never the token)
        System.err.println("Messenger profile NOT set: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        return 1;
      }
      System.out.println("Messenger profile set: Get Started, greeting and persistent menu in "
          + MessengerProfile.LOCALES.values().stream().mapToInt(java.util.List::size).sum() + " locales");
      return 0;
    }
  }
}
