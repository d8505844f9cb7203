package fi.kanta.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A DKIM verifier for tests (RFC 6376, rsa-sha256, relaxed header and relaxed or simple body canonicalisation), written apart
 * from the signing library so that a test checks the signature the way a receiving server would.
 */
final class DkimVerifier {

    /** The tags of the message's DKIM-Signature header. */
    final Map<String, String> tags;
    private final List<String[]> headers;
    private final String body;
    private final String signatureField;

    DkimVerifier(byte[] rawMessage) {
        String raw = new String(rawMessage, StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        this.body = raw.substring(end + 4);
        this.headers = fields(raw.substring(0, end + 2));
        this.signatureField = headers.stream().filter(h -> h[0].equalsIgnoreCase("DKIM-Signature")).map(h -> h[1])
                .findFirst().orElseThrow(() -> new AssertionError("no DKIM-Signature header"));
        this.tags = tags(signatureField.substring(signatureField.indexOf(':') + 1));
    }

    /** The signed header names, in {@code h=} order, lower case. */
    List<String> signedHeaders() {
        return List.of(tags.get("h").toLowerCase(Locale.ROOT).split(":"));
    }

    /** True when the body hash matches the body. */
    boolean bodyHashMatches() throws Exception {
        String canonical = tags.get("c").endsWith("/simple") ? simpleBody(body) : relaxedBody(body);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.ISO_8859_1));
        return Base64.getEncoder().encodeToString(hash).equals(tags.get("bh"));
    }

    /** True when the signature over the signed headers verifies with the public key. */
    boolean signatureVerifies(PublicKey key) throws Exception {
        StringBuilder signed = new StringBuilder();
        List<String[]> unused = new ArrayList<>(headers);
        for (String name : signedHeaders()) {
            for (int i = unused.size() - 1; i >= 0; i--) { // the last instance first (RFC 6376 5.4.2)
                if (unused.get(i)[0].equalsIgnoreCase(name)) {
                    signed.append(relaxedHeader(unused.remove(i)[1])).append("\r\n");
                    break;
                }
            }
        }
        String withoutSignature = signatureField.replaceAll("(b=)[^;]*$", "$1").replaceAll("(\\bb=)[^;]*;", "$1;");
        signed.append(relaxedHeader(withoutSignature));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
        return rsa.verify(Base64.getDecoder().decode(tags.get("b")));
    }

    private static List<String[]> fields(String headerBlock) {
        List<String[]> fields = new ArrayList<>();
        for (String line : headerBlock.split("\r\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                String[] last = fields.get(fields.size() - 1);
                last[1] = last[1] + "\r\n" + line;
            } else if (!line.isEmpty()) {
                fields.add(new String[] {line.substring(0, line.indexOf(':')).strip(), line});
            }
        }
        return fields;
    }

    private static Map<String, String> tags(String value) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : value.replaceAll("\\s+", "").split(";")) {
            if (!tag.isEmpty()) {
                tags.put(tag.substring(0, tag.indexOf('=')), tag.substring(tag.indexOf('=') + 1));
            }
        }
        return tags;
    }

    private static String relaxedHeader(String field) {
        int colon = field.indexOf(':');
        String name = field.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = field.substring(colon + 1).replace("\r\n", "").replaceAll("[ \t]+", " ").strip();
        return name + ":" + value;
    }

    private static String simpleBody(String body) {
        String canonical = body.endsWith("\r\n") ? body : body + "\r\n";
        while (canonical.endsWith("\r\n\r\n")) {
            canonical = canonical.substring(0, canonical.length() - 2);
        }
        return canonical;
    }

    private static String relaxedBody(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\r\n", -1)) {
            out.append(line.replaceAll("[ \t]+", " ").replaceAll(" $", "")).append("\r\n");
        }
        String canonical = out.toString();
        while (canonical.endsWith("\r\n\r\n")) {
            canonical = canonical.substring(0, canonical.length() - 2);
        }
        return canonical.equals("\r\n") ? "" : canonical;
    }
}
