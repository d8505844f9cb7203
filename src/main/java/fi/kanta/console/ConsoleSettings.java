package fi.kanta.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console listens ({@code kanta.console.*}, documented in application.properties): a port
 * of its own, on loopback unless told otherwise, so that the public pages' port can face the internet
 * while the console does not.
 *
 * @param port    the console's port (0: any free one, as the tests take)
 * @param address the interface it listens on
 * @param https   whether the console is reached over https (a proxy in front): the session cookie is
 *                then Secure ({@code server.servlet.session.cookie.secure} follows it)
 */
@ConfigurationProperties("kanta.console")
public record ConsoleSettings(@DefaultValue("8081") int port, @DefaultValue("127.0.0.1") String address,
                              @DefaultValue("false") boolean https, @DefaultValue("false") boolean launchApproval) {
}
