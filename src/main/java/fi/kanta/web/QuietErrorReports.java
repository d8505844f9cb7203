package fi.kanta.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's answer to a request that never reaches the application (a request line, header or
 * address Tomcat itself refuses): the status in a small page with {@link PublicHeaders}, and no
 * stack trace, server name or version. Takes the place of Tomcat's own error report valve.
 */
public class QuietErrorReports extends ErrorReportValve {

    public QuietErrorReports() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        PublicHeaders.write(response);
        String reason = status + " " + reason(status);
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + reason
                        + "</title></head><body><h1>" + reason + "</h1></body></html>");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone, or the response cannot take a body: the status and headers are all it gets
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            case 505 -> "HTTP Version Not Supported";
            default -> status < 500 ? "Refused" : "Server Error";
        };
    }
}
