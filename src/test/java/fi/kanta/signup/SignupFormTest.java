package fi.kanta.signup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.signup.SignupForm.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the form may send: a mistake names its field; what is kept is trimmed. */
class SignupFormTest {

    private static final List<String> SHOP = List.of("fi", "sv", "en");

    @Test
    void aRightFormIsKeptTrimmedWithTheLanguageChosen() {
        SignupForm.Checked checked = SignupForm.check("  Aino@Example.fi ", "  Aino ", "SV", SHOP);

        assertThat(checked.ok()).isTrue();
        assertThat(checked.form()).isEqualTo(new SignupForm("Aino@Example.fi", "Aino", "sv"));
        assertThat(checked.form().emailKey()).isEqualTo("aino@example.fi");
        assertThat(SignupForm.check("a@example.fi", " ", null, SHOP).form()).isEqualTo(new SignupForm("a@example.fi", null, "fi"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-an-address", "a@localhost", "a@example.fi\r\nBcc: x@example.fi", "a b@example.fi",
        "äiti@esimerkki.fi", "<a@example.fi>", "a@example.fi, b@example.fi"})
    void anAddressAMailServerCouldNotTakeIsAMistakeOfTheEmailField(String email) {
        assertThat(SignupForm.check(email, null, "fi", SHOP).mistakes()).containsExactly(Field.EMAIL);
    }

    @Test
    void aNameOnTwoLinesOrTooLongAndALanguageTheShopDoesNotWriteInAreNamed() {
        assertThat(SignupForm.check("a@example.fi", "Aino\r\nBcc: x@example.fi", "de", SHOP).mistakes())
                .containsExactly(Field.FIRST_NAME, Field.LANGUAGE);
        assertThat(SignupForm.check("a@example.fi", "x".repeat(201), "fi", SHOP).mistakes()).containsExactly(Field.FIRST_NAME);
        assertThat(SignupForm.check(null, null, "sv", List.of("fi")).mistakes()).containsExactly(Field.EMAIL, Field.LANGUAGE);
        assertThat(Field.FIRST_NAME.formName()).isEqualTo("first_name");
    }

    @Test
    void aScriptInTheNameIsJustText() {
        assertThat(SignupForm.check("a@example.fi", "<script>alert(1)</script>", "fi", SHOP).form().firstName())
                .isEqualTo("<script>alert(1)</script>");
    }
}
