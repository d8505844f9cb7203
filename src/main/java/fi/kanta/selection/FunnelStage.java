package fi.kanta.selection;

/**
 * Where the selection lets a segment member go, in funnel order (docs/architecture.md "Selection"): each stage
 * removes customers for one reason, and what is left after the last is the run's recipients.
 */
public enum FunnelStage {
    NO_OFFERS("no_offers", "chose no offers at all"),
    CONSENT("consent", "no consent or no address for any of the campaign's channels"),
    SUPPRESSION("suppression", "suppressed (bounced, complained, unsubscribed, erased)"),
    ROBINSON("robinson", "on the direct-marketing opt-out register (Robinson), no letter"),
    FREQUENCY_CAP("frequency_cap", "contacted too recently (frequency cap)"),
    OWN_LIMIT("own_limit", "had as many messages in 30 days as they chose (how often)"),
    ALREADY_IN_RUN("already_in_run", "already in this run"),
    DUPLICATE("duplicate", "duplicates removed (shared mailbox or household)"),
    BUDGET("budget", "over the letter budget, and no other channel"),
    MAX_RECIPIENTS("max_recipients", "over the maximum number of recipients");

    private final String id;
    private final String label;

    FunnelStage(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value in campaign_candidate.stage and campaign_funnel.stage. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static FunnelStage of(String id) {
        for (FunnelStage stage : values()) {
            if (stage.id.equals(id)) {
                return stage;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
