package fi.kanta.demo;

import fi.kanta.demo.DemoNames.PostTown;
import fi.kanta.demo.DemoNames.Town;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo shop's customers: who they are, where they live and how to reach them. A Nordic
 * web shop: most customers in Finland (a few of them Finland-Swedes, Swedish-speaking), a
 * quarter in Sweden, some in the UK.
 *
 * <p>Email addresses are unique, except on purpose: {@value #SHARED_MAILBOX_NUMBER}th customer is
 * the partner of the customer before, at the same address with the same mailbox, so that "one
 * message per mailbox" has something to do. A few more customers live with the one before them
 * (a household: one letter) but have mailboxes of their own.
 */
final class DemoPeople {

    /** The customer whose partner (the customer before) shares the mailbox. Small, so every demo has it. */
    static final int SHARED_MAILBOX_NUMBER = 7;

    private static final double NO_EMAIL = 0.05;
    private static final double NO_PHONE = 0.15;
    private static final double LIVES_WITH_PREVIOUS = 0.004;
    private static final double FINLAND_SWEDES = 0.07;
    private static final double CAPITALISED_EMAIL = 0.03;
    private static final String[] FINNISH_MOBILE = {"40", "41", "44", "45", "50"};
    private static final String[] SWEDISH_MOBILE = {"70", "72", "73", "76"};
    private static final double[] EMAIL_STYLES = {50, 15, 15, 10, 10};

    /** A customer, as the shop's customer file has them. */
    record Person(String id, String firstName, String lastName, String email, String phone, String street,
                  String postalCode, String city, String country, String language) {
    }

    private enum Market { FINNISH, FINLAND_SWEDISH, SWEDISH, ENGLISH }

    /** How often each address (before a number suffix) was handed out: the addresses are unique by construction. */
    private final Map<String, Integer> emailsTaken = new HashMap<>();
    private final Map<String, String> asciiNames = new HashMap<>();
    private Person previous;

    /**
     * Customer number {@code number} (1, 2, …), whose id is {@code C000001}, …, drawn from
     * {@code random}; customers must be asked for in order (the one before may share a home).
     */
    Person next(SplittableRandom random, int number) {
        String id = DemoFormat.id('C', number, 6);
        Person person;
        if (number == SHARED_MAILBOX_NUMBER) {
            person = partnerOf(random, previous, id, true);
        } else if (previous != null && number != SHARED_MAILBOX_NUMBER - 1 && Draw.chance(random, LIVES_WITH_PREVIOUS)) {
            person = partnerOf(random, previous, id, false);
        } else {
            // the customer before the shared mailbox must have one to share
            person = newcomer(random, id, number == SHARED_MAILBOX_NUMBER - 1);
        }
        previous = person;
        return person;
    }

    private Person newcomer(SplittableRandom random, String id, boolean needsEmail) {
        double u = random.nextDouble();
        Market market = u < 0.60 ? (Draw.chance(random, FINLAND_SWEDES) ? Market.FINLAND_SWEDISH : Market.FINNISH)
                : u < 0.85 ? Market.SWEDISH : Market.ENGLISH;
        String first = Draw.oneOf(random, firstNames(market));
        String last = Draw.oneOf(random, lastNames(market));
        String email = !needsEmail && Draw.chance(random, NO_EMAIL) ? null : email(random, first, last, domain(market));
        return switch (market) {
            case FINNISH, FINLAND_SWEDISH -> {
                boolean swedish = market == Market.FINLAND_SWEDISH;
                Town town = Draw.oneOf(random, swedish ? DemoNames.FINLAND_SWEDISH_TOWNS : DemoNames.FINNISH_TOWNS);
                String street = Draw.oneOf(random, swedish ? DemoNames.SWEDISH_STREETS : DemoNames.FINNISH_STREETS) + " "
                        + (1 + random.nextInt(120))
                        + (Draw.chance(random, 0.6) ? " " + (char) ('A' + random.nextInt(4)) + " " + (1 + random.nextInt(60)) : "");
                String postalCode = DemoFormat.digits(town.codeStart() + random.nextInt(town.codeSpan()), 3)
                        + random.nextInt(10) + "0";
                yield new Person(id, first, last, email, phone(random, market), street, postalCode, town.name(), "FI",
                        swedish ? "sv" : "fi");
            }
            case SWEDISH -> {
                Town town = Draw.oneOf(random, DemoNames.SWEDISH_TOWNS);
                String street = Draw.oneOf(random, DemoNames.SWEDISH_STREETS) + " " + (1 + random.nextInt(120))
                        + (Draw.chance(random, 0.5) ? " lgh " + (1001 + random.nextInt(504)) : "");
                String postalCode = (town.codeStart() + random.nextInt(town.codeSpan())) + " "
                        + DemoFormat.digits(random.nextInt(100), 2);
                yield new Person(id, first, last, email, phone(random, market), street, postalCode, town.name(), "SE", "sv");
            }
            case ENGLISH -> {
                PostTown town = Draw.oneOf(random, DemoNames.UK_TOWNS);
                // "Flat 3, 27 Victoria Road": a comma inside a field, which CSV must quote
                String street = (Draw.chance(random, 0.3) ? "Flat " + (1 + random.nextInt(12)) + ", " : "")
                        + (1 + random.nextInt(200)) + " " + Draw.oneOf(random, DemoNames.ENGLISH_STREETS);
                String letters = DemoNames.UK_INWARD_LETTERS;
                String postcode = town.area() + (town.firstDistrict() + random.nextInt(town.districts())) + " "
                        + random.nextInt(10) + letters.charAt(random.nextInt(letters.length()))
                        + letters.charAt(random.nextInt(letters.length()));
                yield new Person(id, first, last, email, phone(random, market), street, postcode, town.name(), "GB", "en");
            }
        };
    }

    /** Someone who lives with {@code other}: same address and market, often the same surname. */
    private Person partnerOf(SplittableRandom random, Person other, String id, boolean sameMailbox) {
        Market market = market(other);
        String first;
        do {
            first = Draw.oneOf(random, firstNames(market));
        } while (first.equals(other.firstName()));
        String last = Draw.chance(random, 0.7) ? other.lastName() : Draw.oneOf(random, lastNames(market));
        String email = sameMailbox ? other.email()
                : Draw.chance(random, NO_EMAIL) ? null : email(random, first, last, domain(market));
        return new Person(id, first, last, email, phone(random, market), other.street(), other.postalCode(), other.city(),
                other.country(), other.language());
    }

    private static Market market(Person person) {
        return switch (person.country()) {
            case "SE" -> Market.SWEDISH;
            case "GB" -> Market.ENGLISH;
            default -> "sv".equals(person.language()) ? Market.FINLAND_SWEDISH : Market.FINNISH;
        };
    }

    private static String[] firstNames(Market market) {
        return switch (market) {
            case FINNISH -> DemoNames.FINNISH_FIRST;
            case FINLAND_SWEDISH, SWEDISH -> DemoNames.SWEDISH_FIRST;
            case ENGLISH -> DemoNames.ENGLISH_FIRST;
        };
    }

    private static String[] lastNames(Market market) {
        return switch (market) {
            case FINNISH -> DemoNames.FINNISH_LAST;
            case FINLAND_SWEDISH, SWEDISH -> DemoNames.SWEDISH_LAST;
            case ENGLISH -> DemoNames.ENGLISH_LAST;
        };
    }

    /**
     * Mail domains under the reserved .example top-level domain (RFC 2606), so a demo campaign sent
     * through a real SMTP server can never reach a real mailbox (example.fi and example.se are not reserved).
     */
    private static String domain(Market market) {
        return switch (market) {
            case FINNISH, FINLAND_SWEDISH -> "kauppa.fi.example";
            case SWEDISH -> "butik.se.example";
            case ENGLISH -> "shop.uk.example";
        };
    }

    /** Mobile numbers as people write them; the UK ones are Ofcom's range for drama, never a real phone. */
    private static String phone(SplittableRandom random, Market market) {
        if (Draw.chance(random, NO_PHONE)) {
            return null;
        }
        return switch (market) {
            case FINNISH, FINLAND_SWEDISH -> "+358 " + Draw.oneOf(random, FINNISH_MOBILE) + " "
                    + (1_000_000 + random.nextInt(9_000_000));
            case SWEDISH -> "+46 " + Draw.oneOf(random, SWEDISH_MOBILE) + " "
                    + (1_000_000 + random.nextInt(9_000_000));
            case ENGLISH -> "+44 7700 900" + DemoFormat.digits(random.nextInt(1000), 3);
        };
    }

    /**
     * An address made from the name the way people make theirs ({@code matti.makinen},
     * {@code mmakinen}…), ä/ö/å as a/o/a; a number is added when the address is taken, so
     * every address is unique (letters only before the number, so no two can meet).
     */
    private String email(SplittableRandom random, String first, String last, String domain) {
        String f = ascii(first);
        String l = ascii(last);
        String local = switch (Draw.weighted(random, EMAIL_STYLES)) {
            case 0 -> f + "." + l;
            case 1 -> f + l;
            case 2 -> f.charAt(0) + "." + l;
            case 3 -> l + "." + f;
            default -> f + "_" + l;
        };
        int taken = emailsTaken.merge(local + "@" + domain, 1, Integer::sum);
        String address = (taken == 1 ? local : local + taken) + "@" + domain;
        // a few typed with capitals: the import must compare addresses by their lower-cased key
        return Draw.chance(random, CAPITALISED_EMAIL) ? capitalised(address) : address;
    }

    private String ascii(String name) {
        return asciiNames.computeIfAbsent(name, n -> Normalizer.normalize(n, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z-]", "").toLowerCase(Locale.ROOT));
    }

    private static String capitalised(String address) {
        StringBuilder text = new StringBuilder(address);
        for (int i = 0; i < text.length() && text.charAt(i) != '@'; i++) {
            if (i == 0 || text.charAt(i - 1) == '.') {
                text.setCharAt(i, Character.toUpperCase(text.charAt(i)));
            }
        }
        return text.toString();
    }
}
