package fi.kanta.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each port serves its own pages and nothing else: on the console's port only {@code /console/...}
 * (and {@code /}, which leads there, and the public pages' style sheet, which the console's builds
 * on); on the public port everything but {@code /console/...}. Anything else is a 404, as if it were
 * not there, before sign-in or CSRF checks see it. An upload on the public port is refused (415):
 * only the console takes files ({@link UploadGate}). The path compared is the one the application maps
 * (decoded and normalised), so {@code /console/../unsubscribe/...} is not the console's.
 */
class PortSeparation extends OncePerRequestFilter {

    static final String CONSOLE = "/console";
    static final String SHARED_STYLE = "/web/kanta.css";

    private final ConsoleServer server;

    PortSeparation(ConsoleServer server) {
        this.server = server;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean consolePath = path.equals(CONSOLE) || path.startsWith(CONSOLE + "/");
        boolean allowed = server.isConsole(request) ? consolePath || path.equals("/") || path.equals(SHARED_STYLE) : !consolePath;
        if (allowed && UploadGate.isUpload(request) && !server.isConsole(request)) {
            // no public page takes a file: refused before the container would write it to disk
            UploadGate.refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
        } else if (allowed) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
