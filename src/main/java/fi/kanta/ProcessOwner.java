package fi.kanta;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The process running a job (an import, a campaign run), written {@code pid@host} into its job
 * parameters, so that a job left STARTED by a process that was killed can be told from one still running.
 */
public record ProcessOwner(long pid, String host) {

    public static ProcessOwner current() {
        return new ProcessOwner(ProcessHandle.current().pid(), hostName());
    }

    public static Optional<ProcessOwner> parse(String text) {
        if (text == null || !text.contains("@")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcessOwner(Long.parseLong(text.substring(0, text.indexOf('@'))),
                    text.substring(text.indexOf('@') + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True when this owner is surely gone: it ran on this host and no process with its pid has
     * been running since before the job started (a pid reused later is another process).
     */
    public boolean isGone(LocalDateTime started) {
        if (!host.equals(hostName())) {
            return false; // another machine: we cannot tell (the caller judges by the heartbeat)
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().startInstant())
                .map(start -> start.isAfter(started.atZone(ZoneId.systemDefault()).toInstant()))
                .orElse(true);
    }

    @Override
    public String toString() {
        return pid + "@" + host;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
