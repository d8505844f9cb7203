package fi.kanta.cli;

import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse, said in the marketer's language: picocli's own texts
 * ("Unknown option", "Missing required parameter", "Invalid value for option") are English and
 * built into it, so each kind of its exceptions is said here from what the exception holds (the
 * unknown word and picocli's suggestions, the missing options and parameters, the option and the
 * value that did not convert). A kind with no words here keeps picocli's text.
 */
final class UsageMistakes {

    private UsageMistakes() {
    }

    /** What is wrong with {@code args} (the command's own arguments, Spring's settings taken out). */
    static String said(ParameterException mistake, List<String> args, Words words) {
        for (Throwable cause = mistake.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SaidError said) { // a command's own check while parsing (kanta demo --customers)
                return said.said(words);
            }
        }
        if (mistake instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, words);
        }
        if (mistake instanceof MissingParameterException missing) {
            return missing(missing, args, words);
        }
        if (mistake instanceof OverwrittenOptionException twice) {
            return words.text("usage.twice", name(twice.getOverwritten()));
        }
        if (mistake.getArgSpec() != null && mistake.getValue() != null) {
            return invalid(mistake.getArgSpec(), mistake.getValue(), words);
        }
        return mistake.getMessage();
    }

    /** An unknown option, command or an argument too many, with picocli's suggestions as "did you mean". */
    private static String unmatched(UnmatchedArgumentException unmatched, Words words) {
        List<String> given = unmatched.getUnmatched();
        String first = given.isEmpty() ? "" : given.get(0);
        boolean command = unmatched.getCommandLine().getParent() == null && !unmatched.getCommandLine().getSubcommands().isEmpty();
        String what = unmatched.isUnknownOption() ? words.text("usage.unknown-option", first)
                : command ? words.text("usage.unknown-command", first)
                : words.count("usage.unmatched", given.size(), String.join(" ", given));
        List<String> suggestions = unmatched.getSuggestions();
        return suggestions.isEmpty() ? what : what + words.text("did-you-mean", String.join("\", \"", suggestions));
    }

    /**
     * Options and parameters that were not given: an option named on the command line without its
     * value (the last word) needs that value; one not named at all is missing, with its value's label.
     */
    private static String missing(MissingParameterException missing, List<String> args, Words words) {
        List<ArgSpec> specs = missing.getMissing();
        if (specs.size() == 1 && specs.get(0) instanceof OptionSpec option && given(option, args)) {
            return words.text("usage.needs-value", option.longestName(), option.paramLabel());
        }
        // in a group (score's --calibrate-until D1 --holdout-until D2) picocli lists the whole group: name the required ones not given
        List<ArgSpec> notGiven = specs.stream().filter(spec -> spec.required() && !given(spec, args)).toList();
        return words.text("usage.missing", (notGiven.isEmpty() ? specs : notGiven).stream().map(spec -> spec instanceof OptionSpec option
                ? option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "")
                : spec.paramLabel()).collect(Collectors.joining(", ")));
    }

    private static boolean given(ArgSpec spec, List<String> args) {
        return spec instanceof OptionSpec option && Arrays.stream(option.names())
                .anyMatch(name -> args.stream().anyMatch(arg -> arg.equals(name) || arg.startsWith(name + "=")));
    }

    /** A value that does not convert to its option's or parameter's type: the name, the value and what it takes. */
    private static String invalid(ArgSpec spec, String value, Words words) {
        Optional<String> takes = takes(spec.type(), words);
        return takes.map(what -> words.text("usage.invalid", name(spec), value, what))
                .orElseGet(() -> words.text("usage.invalid.plain", name(spec), value));
    }

    /** What a type takes, in the words a setting's reason uses (a whole number, e.g. 500; a day, YYYY-MM-DD). */
    private static Optional<String> takes(Class<?> type, Words words) {
        if (type.isEnum()) {
            // as the command's help writes them: order-lines, not ORDER_LINES
            return Optional.of(words.text("failure.setting.takes.choice", Arrays.stream(type.getEnumConstants())
                    .map(choice -> ((Enum<?>) choice).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "))));
        }
        String kind = type == int.class || type == long.class || type == short.class || type == Integer.class || type == Long.class
                ? "whole-number"
                : type == double.class || type == float.class || Number.class.isAssignableFrom(type) ? "number"
                : type == LocalDate.class ? "date"
                : type == LocalTime.class ? "time"
                : type == Duration.class ? "duration"
                : type == boolean.class || type == Boolean.class ? "yes-no"
                : null;
        return Optional.ofNullable(kind).map(k -> words.text("failure.setting.takes." + k));
    }

    /** An option by its longest name (--customer), a parameter by its label (CAMPAIGN). */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName()
                : spec instanceof PositionalParamSpec ? spec.paramLabel() : String.valueOf(spec);
    }
}
