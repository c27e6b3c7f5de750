package org.passage.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passage.TestApps;

/** The real dialogs/ loads, and is complete in all six languages. */
class ContentCompletenessTest {

  @Test
  void realDialogsLoadWithoutProblems() {
    Content content = TestApps.content();
    assertTrue(content.nodes().size() > 20);
  }

  @Test
  void everyLanguageHasTheSameTextKeys() {
    Content content = TestApps.content();
    Set<String> english = content.texts().get("en").keySet();
    for (String lang : Languages.ALL) {
      assertEquals(english, content.texts().get(lang).keySet(), lang);
    }
  }

  @Test
  void everyIntentHasPhrasesInEveryLanguageAndANode() {
    Content content = TestApps.content();
    for (String lang : Languages.ALL) {
      for (String intent : content.intents().get("en").keySet()) {
        assertTrue(content.intents().get(lang).get(intent).size() >= ContentLoader.MIN_PHRASES, lang + " " + intent);
        assertTrue(content.nodeForIntent(intent).isPresent(), intent);
      }
    }
  }

  @Test
  void everyButtonOfEveryNodeRendersInEveryLanguage() {
    Content content = TestApps.content();
    Renderer render = new Renderer(content);
    for (String lang : Languages.ALL) {
      for (Node node : content.nodes().values()) {
        var message = render.node(lang, node);
        assertFalse(message.text().contains("{"), lang + " " + node.id() + " has an unfilled placeholder");
        message.buttons().forEach(b -> assertTrue(b.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64));
      }
    }
  }

  @Test
  void onlyContactsMarkedVerifiedAreVerified() {
    Content content = TestApps.content();
    assertTrue(content.contacts().get("tbilisi_mc").verified());
    assertFalse(content.contacts().get("state_fund_hotline").verified());
    assertFalse(content.contacts().get("antitrafficking_hotline").verified());
    assertEquals("+995 32 2600 955", content.contacts().get("tbilisi_mc").phone().orElseThrow());
  }
}
