package fi.kanta.web;

import fi.kanta.render.Brand;
import fi.kanta.render.ShopImages;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The shop's logo for the public pages, {@code /web/logo}: {@code kanta.brand.logo} fetched by Kanta
 * ({@link ShopImages}, once an hour) and given from this site, because the pages load nothing from
 * another one, so that the token in a page's address goes nowhere else. Not found when the shop has
 * no logo or its server gave no usable image: the page's header then shows the shop's name alone.
 */
@Controller
class ShopLogo {

    static final String PATH = "/web/logo";

    private final Brand brand;
    private final ShopImages images;

    ShopLogo(Brand brand, ShopImages images) {
        this.brand = brand;
        this.images = images;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> logo() {
        if (brand.logo().isBlank()) {
            return ResponseEntity.notFound().build();
        }
        return images.image(brand.logo())
                .map(image -> ResponseEntity.ok().contentType(MediaType.parseMediaType(image.type())).body(image.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
