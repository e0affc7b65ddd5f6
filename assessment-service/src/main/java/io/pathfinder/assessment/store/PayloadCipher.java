package io.pathfinder.assessment.store;

import io.pathfinder.contracts.model.SealedPayload.AlgorithmEnum;
import io.pathfinder.contracts.model.SealedPayload;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens the personal parts of events (answers, results) under their assessment's data key:
 * the one piece of code through which every reader of a sealed part goes. Destroying the key makes
 * every copy of the parts sealed under it unreadable (crypto-shredding).
 *
 * <p>AES-256-GCM with a 128-bit tag; the additional data names the part and the assessment, so a
 * sealed part opens nowhere else. The nonce is synthetic, derived from the key and the plaintext
 * (HMAC-SHA256): sealing the same part again gives the same bytes, so a republished result is the
 * same record, and two different plaintexts under one key get different nonces. The cipher key and
 * the nonce key are derived from the data key, each for its own use.
 */
public final class PayloadCipher {

    /** The parts of an assessment that events carry sealed. */
    public enum Part {
        ANSWERS, RESULT;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A sealed part that does not open under the key given: sealed under another, or altered. */
    public static class UnreadablePayloadException extends RuntimeException {
        UnreadablePayloadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PayloadCipher() {
    }

    /** A fresh random data key. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static SealedPayload seal(byte[] dataKey, UUID assessmentId, Part part, byte[] plaintext) {
        byte[] additionalData = additionalData(assessmentId, part);
        try {
            byte[] nonce = Arrays.copyOf(hmac(derive(dataKey, "nonce"), additionalData, plaintext), NONCE_BYTES);
            byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, dataKey, nonce, additionalData).doFinal(plaintext);
            return new SealedPayload().algorithm(AlgorithmEnum.A256_GCM)
                    .nonce(Base64.getEncoder().encodeToString(nonce))
                    .ciphertext(Base64.getEncoder().encodeToString(ciphertext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is unavailable", e);
        }
    }

    /** The plaintext; throws {@link UnreadablePayloadException} unless the part was sealed under this key, unaltered. */
    public static byte[] open(byte[] dataKey, UUID assessmentId, Part part, SealedPayload sealed) {
        try {
            byte[] nonce = Base64.getDecoder().decode(sealed.getNonce());
            byte[] ciphertext = Base64.getDecoder().decode(sealed.getCiphertext());
            return cipher(Cipher.DECRYPT_MODE, dataKey, nonce, additionalData(assessmentId, part)).doFinal(ciphertext);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadablePayloadException("Sealed " + part.label() + " of assessment " + assessmentId
                    + ": not sealed under its key, or altered", e);
        }
    }

    private static Cipher cipher(int mode, byte[] dataKey, byte[] nonce, byte[] additionalData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derive(dataKey, "cipher"), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(additionalData);
        return cipher;
    }

    private static byte[] additionalData(UUID assessmentId, Part part) {
        return ("pathfinder:" + part.label() + ":" + assessmentId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] derive(byte[] dataKey, String use) throws GeneralSecurityException {
        return hmac(dataKey, ("pathfinder A256GCM " + use).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[]... parts) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        for (byte[] part : parts) {
            mac.update(part);
        }
        return mac.doFinal();
    }
}
