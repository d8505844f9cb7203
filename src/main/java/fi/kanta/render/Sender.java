package fi.kanta.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shop as sender ({@code kanta.sender.*}): the return address above the letter's address
 * window and the footer of every email, and the address emails come from ({@code email}, whose
 * domain also ends every Message-ID). The campaign engine puts {@link #model()} in the message
 * model as {@code sender}.
 */
@ConfigurationProperties("kanta.sender")
public record Sender(
        @DefaultValue("Kanta Demo Shop") String name,
        @DefaultValue("Esimerkkikatu 1") String street,
        @DefaultValue("00100") String postalCode,
        @DefaultValue("Helsinki") String city,
        @DefaultValue("FI") String country,
        @DefaultValue("kampanjat@kanta-demo.example") String email) {

    /** The {@code sender} variable of the message model. */
    public Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("street", street);
        model.put("postalCode", postalCode);
        model.put("city", city);
        model.put("country", country);
        return model;
    }
}
