package fi.kanta.customer.importing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The process running an import, written {@code pid@host} into the import's job parameters, so
 * that an import left STARTED by a process that was killed can be told from one still running.
 */
record ImportOwner(long pid, String host) {

    static ImportOwner current() {
        return new ImportOwner(ProcessHandle.current().pid(), hostName());
    }

    static Optional<ImportOwner> parse(String text) {
        if (text == null || !text.contains("@")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ImportOwner(Long.parseLong(text.substring(0, text.indexOf('@'))),
                    text.substring(text.indexOf('@') + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True when this owner is surely gone: it ran on this host and no process with its pid has
     * been running since before the import started (a pid reused later is another process).
     */
    boolean isGone(LocalDateTime importStarted) {
        if (!host.equals(hostName())) {
            return false; // another machine: we cannot tell (a lease with a heartbeat will, later)
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().startInstant())
                .map(start -> start.isAfter(importStarted.atZone(ZoneId.systemDefault()).toInstant()))
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
