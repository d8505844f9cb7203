package fi.kanta.campaign;

import fi.kanta.customer.ContactRules.ConsentChannel;

/** How a message reaches the customer. */
public enum ChannelType {
    EMAIL("email", ConsentChannel.EMAIL), LETTER("letter", ConsentChannel.LETTER);

    private final String id;
    private final ConsentChannel defaultConsent;

    ChannelType(String id, ConsentChannel defaultConsent) {
        this.id = id;
        this.defaultConsent = defaultConsent;
    }

    public String id() {
        return id;
    }

    /** The consent a channel asks for unless the definition names another (newsletter). */
    public ConsentChannel defaultConsent() {
        return defaultConsent;
    }

    public static ChannelType of(String id) {
        for (ChannelType type : values()) {
            if (type.id.equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
