package fi.kanta.render;

import static fi.kanta.render.Recipients.aino;
import static fi.kanta.render.Recipients.emma;
import static fi.kanta.render.Recipients.erik;
import static fi.kanta.render.Recipients.withCustomer;
import static fi.kanta.render.Recipients.withOffer;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.words.Words;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GlyphCheckTest {

    @Test
    void nordicCyrillicGreekAndTheEuroSignArePrintable() {
        assertThat(GlyphCheck.unprintable(List.of(
                withCustomer(aino(), "fullName", "Åsa Öhman-Ääriö", "street", "Ähtärintie 5 Å"),
                withCustomer(erik(), "fullName", "Дмитрий Иванов", "city", "Москва"),
                withOffer(withCustomer(emma(), "fullName", "Νίκος Παπαδόπουλος"), "favouriteCategory", "Garden & €")))).isEmpty();
    }

    @Test
    void namesTheRecipientsFieldsAndCharactersTheFontCannotPrint() {
        List<GlyphCheck.Problem> problems = GlyphCheck.unprintable(List.of(
                aino(),
                withCustomer(erik(), "lastName", "山田", "fullName", "Erik 山田"),
                withCustomer(emma(), "street", "12 High Street 🦄")));

        assertThat(problems).containsExactly(
                new GlyphCheck.Problem("C-2", "customer.lastName", "山 (U+5C71), 田 (U+7530)"),
                new GlyphCheck.Problem("C-2", "customer.fullName", "山 (U+5C71), 田 (U+7530)"),
                new GlyphCheck.Problem("C-3", "customer.street", "🦄 (U+1F984)"));
        assertThat(GlyphCheck.describe(problems, Words.english(ZoneOffset.UTC)))
                .isEqualTo("customer C-2, customer.lastName: 山 (U+5C71), 田 (U+7530); customer C-2, customer.fullName: 山 (U+5C71),"
                        + " 田 (U+7530); customer C-3, customer.street: 🦄 (U+1F984)");
        assertThat(GlyphCheck.describe(problems.subList(2, 3), new Words(Locale.forLanguageTag("fi"), ZoneOffset.UTC)))
                .isEqualTo("asiakas C-3, customer.street: 🦄 (U+1F984)");
    }

    @Test
    void aControlCharacterInAnAddressIsUnprintableButLineBreaksAreNot() {
        assertThat(GlyphCheck.unprintable(List.of(withCustomer(aino(), "street", "Katu 1\u0000", "city", "Hel\r\nsinki"))))
                .containsExactly(new GlyphCheck.Problem("C-1", "customer.street", "U+0000"));
    }
}
