package fi.kanta.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.server.RequestPath;

/**
 * The first filter of every request and error dispatch: sets {@link PublicHeaders}, and answers a
 * request the application cannot read with a plain 400 before anything else sees it, so a client
 * never gets a 500 or a stack trace in the log for its own mistake. Unreadable are an address that
 * Spring cannot parse (such as {@code /unsubscribe/x;%}: Tomcat leaves path parameters undecoded,
 * Spring decodes them and fails) and form or query values that are not valid in the request's
 * character set (Tomcat refuses to read them).
 */
class RequestGuard implements Filter {

    static final String ANSWER = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>400 Bad Request</title>"
            + "</head><body><h1>400 Bad Request</h1></body></html>";

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        PublicHeaders.write(response);
        if (!readable(request)) {
            if (response.isCommitted()) {
                return; // Tomcat has answered already (a body that never came in full)
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=utf-8");
            response.setHeader("Connection", "close");
            response.getOutputStream().write(ANSWER.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean upload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private static boolean readable(HttpServletRequest request) {
        try {
            RequestPath.parse(request.getRequestURI(), request.getContextPath());
            // reads the query and a form body now, as the pages would; valid values are kept for them. Not
            // an upload's (multipart) body: Tomcat would write it to disk before anyone looked at who sent
            // it (the console's UploadGate refuses it unread, the public port takes none)
            if (!upload(request)) {
                request.getParameterMap();
            }
            return true;
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            // Tomcat's InvalidParameterException is an IllegalStateException
            return false;
        }
    }
}
