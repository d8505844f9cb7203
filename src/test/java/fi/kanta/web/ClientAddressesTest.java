package fi.kanta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For is believed only from a trusted proxy, and only as far back as trusted proxies wrote it. */
class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.1", " 10.0.0.2 "));

    @Test
    void withoutATrustedProxyTheConnectionsAddressIsTheClientWhateverTheHeaderSays() {
        assertThat(addresses.of(request("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
        assertThat(new ClientAddresses(List.of()).of(request("10.0.0.1", "203.0.113.1"))).isEqualTo("10.0.0.1");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedHopIsTheClientNotWhatTheClientWroteAtTheLeft() {
        assertThat(addresses.of(request("10.0.0.1", "203.0.113.1"))).isEqualTo("203.0.113.1");
        assertThat(addresses.of(request("10.0.0.1", "192.0.2.66, 203.0.113.1, 10.0.0.2"))).isEqualTo("203.0.113.1");
        assertThat(addresses.of(request("10.0.0.1", "2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    @Test
    void garbageOrNothingInTheHeaderLeavesTheLastAddressVouchedFor() {
        assertThat(addresses.of(request("10.0.0.1", "<script>, 10.0.0.2"))).isEqualTo("10.0.0.2");
        assertThat(addresses.of(request("10.0.0.1", null))).isEqualTo("10.0.0.1");
        assertThat(addresses.of(request("10.0.0.1", "10.0.0.2"))).isEqualTo("10.0.0.2");
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/signup");
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
