package fi.kanta.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The message files of the templates folder: {@code <campaign>/messages_<lang>.properties} first,
 * then the shared {@code messages_<lang>.properties}, both UTF-8, each read once. There is no
 * fallback to another language: a key missing in one language is an error (found by the template
 * check), not English text in a Finnish letter.
 */
final class MessageFiles {

    /** A message and the file it is in, e.g. {@code win-back/messages_fi.properties}. */
    record Message(String key, String text, String file) {
    }

    private final Path folder;
    private final Map<String, File> files = new ConcurrentHashMap<>();
    /**
     * Each message found, by campaign, language and key: the files are read once, so a look-up's answer never
     * changes, and an email asks for the same texts for every recipient (a search of both files each time was
     * a tenth of what rendering allocated).
     */
    private final Map<Lookup, Optional<Message>> found = new ConcurrentHashMap<>();

    private record Lookup(String campaign, Locale language, String key) {
    }

    MessageFiles(Path folder) {
        this.folder = folder;
    }

    Optional<Message> find(String campaign, Locale language, String key) {
        return found.computeIfAbsent(new Lookup(campaign, language, key),
                lookup -> files(campaign, language).map(file -> file.message(key)).flatMap(Optional::stream).findFirst());
    }

    /**
     * The text of {@code category} under {@code prefix}: the key {@code prefix.<category>}, where the
     * category is written as the shop's data has it, with any case and {@code _} (or {@code "\ "}) for
     * a space, since a key in a .properties file ends at its first plain space.
     */
    Optional<Message> findCategory(String campaign, Locale language, String prefix, String category) {
        return files(campaign, language).map(file -> file.categoryKey(prefix, category).flatMap(file::message))
                .flatMap(Optional::stream).findFirst();
    }

    /** Every per-category message under {@code prefix}, campaign's first. */
    List<Message> categoryMessages(String campaign, Locale language, String prefix) {
        return files(campaign, language).flatMap(file -> file.properties.stringPropertyNames().stream().sorted()
                .filter(key -> key.startsWith(prefix + ".")).map(file::message).flatMap(Optional::stream)).toList();
    }

    /** The file a campaign's messages in {@code language} are in (it may not exist yet). */
    static String campaignFile(String campaign, Locale language) {
        return campaign + "/messages_" + language.getLanguage() + ".properties";
    }

    static String sharedFile(Locale language) {
        return "messages_" + language.getLanguage() + ".properties";
    }

    private Stream<File> files(String campaign, Locale language) {
        Stream<String> names = campaign.isEmpty() ? Stream.of(sharedFile(language))
                : Stream.of(campaignFile(campaign, language), sharedFile(language));
        return names.map(name -> files.computeIfAbsent(name, n -> new File(n, load(folder.resolve(n)))));
    }

    private static String categoryKey(String prefix, String category) {
        String name = Normalizer.normalize(category, Normalizer.Form.NFC).replace('_', ' ');
        return prefix + "." + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return properties;
    }

    private static final class File {
        private final String name;
        private final Properties properties;
        private final Map<String, Map<String, String>> categoryKeys = new ConcurrentHashMap<>();

        File(String name, Properties properties) {
            this.name = name;
            this.properties = properties;
        }

        Optional<Message> message(String key) {
            return Optional.ofNullable(properties.getProperty(key)).map(text -> new Message(key, text, name));
        }

        /** The key of the category text under {@code prefix}, by the category's normalised name. */
        Optional<String> categoryKey(String prefix, String category) {
            Map<String, String> keys = categoryKeys.computeIfAbsent(prefix, p -> {
                Map<String, String> index = new HashMap<>();
                for (String key : properties.stringPropertyNames()) {
                    if (key.startsWith(p + ".")) {
                        index.putIfAbsent(MessageFiles.categoryKey(p, key.substring(p.length() + 1)), key);
                    }
                }
                return index;
            });
            return Optional.ofNullable(keys.get(MessageFiles.categoryKey(prefix, category)));
        }
    }
}
