package fi.kanta.console;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The console's messages as the application reads them ({@code spring.messages.basename}), for tests of what a page says. */
public final class ConsoleTexts {

    private ConsoleTexts() {
    }

    public static ResourceBundleMessageSource texts() {
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasenames("web/messages", "console/messages");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        return texts;
    }
}
