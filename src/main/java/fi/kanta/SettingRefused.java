package fi.kanta;

import java.util.Arrays;

/**
 * A setting Kanta cannot work with, found where the marketer's words are out of reach (a settings
 * record of a package that {@code words} itself depends on, such as {@code shop}): why, as the text
 * {@code key} of console/messages with its values, which whoever prints it says in its reader's
 * language ({@code SaidError.said(e, words)}). Its message, for the log, is the key with the values.
 */
public class SettingRefused extends UserError {

    private final String key;
    private final transient Object[] args;

    public SettingRefused(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
