package fi.kanta.web;

import fi.kanta.render.Brand;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The shop's colour for the public pages: {@code /web/brand.css} sets the CSS variable
 * {@code --shop-colour} to {@code kanta.brand.color}, and {@code kanta.css} colours the shop's name,
 * the headings and the main buttons with it. A style sheet of its own, served by Kanta, because the
 * Content-Security-Policy allows no inline style and nothing from another site. It lives under
 * {@code /web/} beside kanta.css, so it is open to anyone and carries the same headers.
 */
@Controller
class BrandStyle {

    static final String PATH = "/web/brand.css";

    static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

    private final String sheet;

    BrandStyle(Brand brand) {
        // written as it is: Brand's constructor accepts only a #rrggbb colour, so nothing else can get into the sheet
        this.sheet = ":root { --shop-colour: " + brand.color() + "; }\n";
    }

    @GetMapping(PATH)
    ResponseEntity<String> sheet() {
        return ResponseEntity.ok().contentType(CSS).body(sheet);
    }
}
