package org.passage.channel.messenger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HubSignatureTest {
  final HubSignature signature = new HubSignature(MessengerHttp.SECRET);
  final byte[] body = MessengerHttp.fixture("messenger-signed-body.json").getBytes(UTF_8);

  @Test
  void theTestVectorVerifies() {
    assertTrue(signature.isValid(body, "sha256=2c28be6e4b8c62b732b3487f445dbec6624868db6844b347567ebc86d7da3ad4"));
  }

  @Test
  void wrongMalformedOrOtherAlgorithmSignaturesFail() {
    assertFalse(signature.isValid(body, null));
    assertFalse(signature.isValid(body, "sha256=" + "0".repeat(64)));
    assertFalse(signature.isValid(body, "sha256=zz" + "0".repeat(62)));
    assertFalse(signature.isValid(body, "sha1=3daa41999293ff66c3eb313e04bcf77861bb0276"));
    assertFalse(new HubSignature("another secret").isValid(body, signature.sign(body)));
  }

  @Test
  void theSha1WeGiveMessenger4jMatchesItsOwnTestVector() {
    assertEquals("sha1=3daa41999293ff66c3eb313e04bcf77861bb0276",
        signature.sha1ForMessenger4j(new String(body, UTF_8)));
  }
}
