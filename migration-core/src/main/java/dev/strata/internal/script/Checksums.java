package dev.strata.internal.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a revision's normalised content: both bodies and the transactional flag, with line endings
 * unified, trailing spaces and surrounding blank lines removed. Editing the message or the create date does
 * not change it; changing what runs does.
 */
public final class Checksums {

    private Checksums() {
    }

    public static String of(String upgrade, String downgrade, boolean transactional) {
        String content = "transactional:" + transactional + "\n-- upgrade\n" + normalise(upgrade)
                + "\n-- downgrade\n" + normalise(downgrade);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }
}
