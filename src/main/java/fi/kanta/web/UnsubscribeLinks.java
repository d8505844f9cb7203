package fi.kanta.web;

import org.springframework.stereotype.Component;

/** Placeholder until the web feature lands (branch web): replaced by the signed-token implementation. */
@Component
public class UnsubscribeLinks {

    public String url(long customerId, String consentChannel, String campaign, String runKey) {
        return "https://localhost/unsubscribe/" + customerId + "-" + consentChannel;
    }
}
