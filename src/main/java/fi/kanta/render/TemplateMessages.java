package fi.kanta.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The {@code #{...}} messages: {@code <campaign>/messages_<lang>.properties} first, then the shared
 * {@code messages_<lang>.properties}, both UTF-8. There is no fallback to another language: a key
 * missing in one language is an error (found by the template check), not English text in a
 * Finnish letter.
 */
final class TemplateMessages implements IMessageResolver {

    private final Path folder;
    private final Map<String, Properties> files = new ConcurrentHashMap<>();

    TemplateMessages(Path folder) {
        this.folder = folder;
    }

    @Override
    public String getName() {
        return "kanta-templates";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Locale locale = context.getLocale();
        String campaign = campaignOf(context);
        String message = properties(campaign + "/messages_" + locale.getLanguage()).getProperty(key);
        if (message == null) {
            message = properties("messages_" + locale.getLanguage()).getProperty(key);
        }
        if (message == null) {
            return null;
        }
        // Like Thymeleaf's own resolver: MessageFormat (and its '' for an apostrophe) only with parameters
        return parameters == null || parameters.length == 0 ? message : new MessageFormat(message, locale).format(parameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        throw new TemplateProcessingException("no message '" + key + "' in " + campaignOf(context) + "/messages_"
                + context.getLocale().getLanguage() + ".properties or messages_" + context.getLocale().getLanguage()
                + ".properties");
    }

    /** The campaign is the folder of the template being rendered (the first on the stack, not a layout). */
    private static String campaignOf(ITemplateContext context) {
        String template = context.getTemplateStack().get(0).getTemplate();
        int slash = template.indexOf('/');
        return slash < 0 ? "" : template.substring(0, slash);
    }

    private Properties properties(String name) {
        return files.computeIfAbsent(name, n -> load(folder.resolve(n + ".properties")));
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
}
