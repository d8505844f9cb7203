package fi.kanta.selection;

import fi.kanta.sql.Sql;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The run's holdout (docs/architecture.md "Holdout"): a stable hash of (customer, campaign, run key) below the
 * fraction puts the customer in the holdout, so a restarted run draws the same groups and another
 * run draws different ones. The hash is computed in SQL for the whole selection at once, so it is
 * plain BIGINT arithmetic that HSQLDB and PostgreSQL (and {@link #contains}) compute alike: the
 * customer id is mapped through {@code h = (id·a + b) mod p}, then {@code (h² + c) mod p}, with
 * p = 2³¹−1 and a, b, c taken from SHA-256 of the campaign and run key.
 */
public final class Holdout {

    static final long P = 2_147_483_647L;

    private final long a;
    private final long b;
    private final long c;
    private final long threshold;

    public Holdout(String campaign, String runKey, double fraction) {
        ByteBuffer digest = ByteBuffer.wrap(sha256(campaign + "\u0000" + runKey));
        this.a = 1 + Math.floorMod(digest.getLong(), P - 1);
        this.b = Math.floorMod(digest.getLong(), P);
        this.c = Math.floorMod(digest.getLong(), P);
        this.threshold = (long) Math.floor(fraction * P);
    }

    /** Whether the customer (its {@code customer.id}) is in the holdout. */
    public boolean contains(long customerId) {
        long h = (Math.floorMod(customerId, P) * a + b) % P;
        return (h * h + c) % P < threshold;
    }

    /** The same test in SQL, over {@code c.id}. */
    public Sql sql() {
        return hash().plus(" < CAST(? AS BIGINT)", threshold);
    }

    /**
     * The run's draw for a customer who chose "do not profile me" (docs/architecture.md "Selection"):
     * the same kind of hash, from another seed than the holdout's, so their order is the run's own
     * and not the holdout's.
     */
    static Sql rankDraw(String campaign, String runKey) {
        return new Holdout(campaign, runKey + "\u0000rank", 0).hash();
    }

    /** The hash of {@code c.id}, 0 to p - 1. */
    private Sql hash() {
        String h = "MOD(MOD(c.id, CAST(? AS BIGINT)) * CAST(? AS BIGINT) + CAST(? AS BIGINT), CAST(? AS BIGINT))";
        return Sql.of("MOD(" + h + " * " + h + " + CAST(? AS BIGINT), CAST(? AS BIGINT))", P, a, b, P, P, a, b, P, c, P);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
