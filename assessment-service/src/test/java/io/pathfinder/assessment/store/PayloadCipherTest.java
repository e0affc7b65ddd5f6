package io.pathfinder.assessment.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pathfinder.assessment.store.PayloadCipher.Part;
import io.pathfinder.assessment.store.PayloadCipher.UnreadablePayloadException;
import io.pathfinder.contracts.model.SealedPayload;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayloadCipherTest {

    private static final UUID ASSESSMENT = UUID.fromString("3f2b8c1e-0d4a-4b7e-9a51-6c2d8e0f1a23");
    private static final byte[] ANSWERS = "{\"currentRole\":\"data-analyst\",\"skills\":{\"sql\":4}}"
            .getBytes(StandardCharsets.UTF_8);

    private final byte[] key = PayloadCipher.newKey();

    @Test
    void whatIsSealedOpensUnderItsKey() {
        SealedPayload sealed = PayloadCipher.seal(key, ASSESSMENT, Part.ANSWERS, ANSWERS);

        assertEquals(SealedPayload.AlgorithmEnum.A256_GCM, sealed.getAlgorithm());
        assertEquals(12, Base64.getDecoder().decode(sealed.getNonce()).length);
        assertEquals(ANSWERS.length + 16, Base64.getDecoder().decode(sealed.getCiphertext()).length, "ciphertext and tag");
        assertFalse(new String(Base64.getDecoder().decode(sealed.getCiphertext()), StandardCharsets.ISO_8859_1)
                .contains("data-analyst"), "nothing of the plaintext shows");
        assertArrayEquals(ANSWERS, PayloadCipher.open(key, ASSESSMENT, Part.ANSWERS, sealed));
    }

    @Test
    void sealingTheSameAgainGivesTheSameBytesAndOtherPlaintextsOtherNonces() {
        SealedPayload once = PayloadCipher.seal(key, ASSESSMENT, Part.RESULT, ANSWERS);

        assertEquals(once, PayloadCipher.seal(key, ASSESSMENT, Part.RESULT, ANSWERS), "a republished result is the same record");
        byte[] other = "{\"currentRole\":\"data-engineer\"}".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(once.getNonce(), PayloadCipher.seal(key, ASSESSMENT, Part.RESULT, other).getNonce());
        assertNotEquals(once.getNonce(), PayloadCipher.seal(PayloadCipher.newKey(), ASSESSMENT, Part.RESULT, ANSWERS).getNonce());
    }

    @Test
    void anotherKeyOpensNothing() {
        SealedPayload sealed = PayloadCipher.seal(key, ASSESSMENT, Part.ANSWERS, ANSWERS);

        assertThrows(UnreadablePayloadException.class,
                () -> PayloadCipher.open(PayloadCipher.newKey(), ASSESSMENT, Part.ANSWERS, sealed));
    }

    @Test
    void anAlteredCiphertextOrNonceIsRefused() {
        SealedPayload sealed = PayloadCipher.seal(key, ASSESSMENT, Part.ANSWERS, ANSWERS);
        byte[] ciphertext = Base64.getDecoder().decode(sealed.getCiphertext());
        ciphertext[3] ^= 1;
        byte[] nonce = Base64.getDecoder().decode(sealed.getNonce());
        nonce[0] ^= 1;

        assertThrows(UnreadablePayloadException.class, () -> PayloadCipher.open(key, ASSESSMENT, Part.ANSWERS,
                new SealedPayload().algorithm(sealed.getAlgorithm()).nonce(sealed.getNonce())
                        .ciphertext(Base64.getEncoder().encodeToString(ciphertext))));
        assertThrows(UnreadablePayloadException.class, () -> PayloadCipher.open(key, ASSESSMENT, Part.ANSWERS,
                new SealedPayload().algorithm(sealed.getAlgorithm()).nonce(Base64.getEncoder().encodeToString(nonce))
                        .ciphertext(sealed.getCiphertext())));
        assertThrows(UnreadablePayloadException.class, () -> PayloadCipher.open(key, ASSESSMENT, Part.ANSWERS,
                new SealedPayload().algorithm(sealed.getAlgorithm()).nonce(sealed.getNonce()).ciphertext("not base64!")));
    }

    @Test
    void aSealedPartOpensForNoOtherAssessmentOrPart() {
        SealedPayload sealed = PayloadCipher.seal(key, ASSESSMENT, Part.ANSWERS, ANSWERS);

        assertThrows(UnreadablePayloadException.class,
                () -> PayloadCipher.open(key, UUID.randomUUID(), Part.ANSWERS, sealed));
        assertThrows(UnreadablePayloadException.class, () -> PayloadCipher.open(key, ASSESSMENT, Part.RESULT, sealed));
    }
}
