package fi.kanta.web;

import fi.kanta.erasure.CustomerDataCopy;
import fi.kanta.erasure.CustomerDataExport;
import fi.kanta.erasure.CustomerErasure;
import fi.kanta.links.PreferenceLink;
import fi.kanta.links.PreferenceLinks;
import fi.kanta.links.TestLinks;
import fi.kanta.preferences.ChoiceChannel;
import fi.kanta.preferences.Choices;
import fi.kanta.preferences.ChoiceSaving;
import fi.kanta.preferences.ChoiceSaving.Saved;
import fi.kanta.preferences.CustomerRecords;
import fi.kanta.preferences.Passcodes;
import fi.kanta.render.Sender;
import fi.kanta.shop.ShopSettings;
import fi.kanta.web.PageCustomers.Customer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's own preferences page, opened by the signed link in every email's footer or a
 * letter's short address ({@link ShortAddressPage}). GET shows the choices and records nothing (mail
 * scanners open links). The link alone (emails get forwarded) lets anyone holding it change the
 * choices and stop offers, never turn emails on, and never see, download or erase the data: those
 * need the one-time code mailed to the address on file ({@link Passcodes}). A right code gives the
 * page a {@code confirmed} token ({@link PreferenceLinks#confirmed}), signed for this customer and
 * {@link Passcodes#VALID}, that each of its forms sends back in a hidden field: the public pages
 * keep no session and set no cookie, and a token in the form cannot be sent by another site as a
 * cookie could. Every POST names what it does in {@code do}. A link that is not genuine, has
 * expired or names a customer no longer there gets the "link not valid" page and changes nothing.
 */
@Controller
@RequestMapping(PreferenceLinks.PATH + "{token}")
class PreferencesPage {

    private static final Logger log = LoggerFactory.getLogger(PreferencesPage.class);
    static final String PAGE = "web/preferences";
    private static final String NO_LIMIT = "none";
    /** The query a letter's short address opens the page with ({@link ShortAddressPage}). */
    static final String FROM = "from";
    static final String FROM_LETTER = "letter";

    private final PreferenceLinks links;
    private final PageCustomers customers;
    private final ChoiceSaving choices;
    private final Passcodes passcodes;
    private final CustomerRecords records;
    private final ObjectProvider<CustomerErasure> erasure;
    private final CustomerDataExport export;
    private final Sender shop;
    private final ShopSettings settings;
    private final Clock clock;
    private final fi.kanta.render.Renderer renderer;

    PreferencesPage(PreferenceLinks links, PageCustomers customers, ChoiceSaving choices, Passcodes passcodes, CustomerRecords records,
            ObjectProvider<CustomerErasure> erasure, CustomerDataExport export, Sender shop, ShopSettings settings,
            ObjectProvider<Clock> clock, fi.kanta.render.Renderer renderer) {
        this.renderer = renderer;
        this.links = links;
        this.customers = customers;
        this.choices = choices;
        this.passcodes = passcodes;
        this.records = records;
        this.erasure = erasure;
        this.export = export;
        this.shop = shop;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletRequest request) {
        Customer customer = customer(token, request, model);
        return page(customer, null, model);
    }

    @PostMapping(params = "do=save")
    String save(@PathVariable String token, @RequestParam(name = "channel", required = false) List<String> channels,
            @RequestParam(name = "interest", required = false) List<String> interests,
            @RequestParam(required = false) String often, @RequestParam(required = false) String language,
            @RequestParam(required = false) String noOffers, @RequestParam(required = false) String noProfiling,
            @RequestParam(required = false) String confirmed, Model model, HttpServletRequest request, HttpServletResponse response) {
        Customer customer = customer(token, request, model);
        String proof = confirmedOrNull(confirmed, customer);
        Choices wanted;
        Saved saved;
        try {
            wanted = new Choices(channels(channels), new TreeSet<>(interests == null ? List.of() : interests), limit(often),
                    language == null || language.isBlank() ? null : language, "yes".equals(noOffers), "yes".equals(noProfiling));
            saved = choices.save(customer.id(), wanted, proof != null).orElseThrow(NotGenuineLinks.Refused::new);
        } catch (IllegalArgumentException wrong) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", wrong.getMessage());
            return page(customer, proof, model);
        }
        log.info("preferences page of customer {}: {}{}", customer.id(), saved.changes().isEmpty() ? "nothing changed" : saved.changes(),
                saved.emailNeedsCode() ? " (email waits for a one-time code)" : "");
        model.addAttribute("saved", true);
        model.addAttribute("emailNeedsCode", saved.emailNeedsCode());
        // the page speaks the language just chosen
        CustomerLanguage.speak(request, wanted.language() != null ? wanted.language() : customer.language());
        return page(customer, proof, model);
    }

    @PostMapping(params = "do=stop")
    String stopOffers(@PathVariable String token, @RequestParam(required = false) String confirmed, Model model,
            HttpServletRequest request) {
        Customer customer = customer(token, request, model);
        Saved saved = choices.save(customer.id(), choices.read(customer.id()).withNoOffers(), false)
                .orElseThrow(NotGenuineLinks.Refused::new);
        log.info("preferences page of customer {}: no offers at all ({})", customer.id(), saved.changes());
        model.addAttribute("stopped", true);
        return page(customer, confirmedOrNull(confirmed, customer), model);
    }

    /**
     * "No more letters", the one press a letter's short address leads to (the page opened from it
     * shows the button first): the letter channel withdrawn, every other choice as it was.
     */
    @PostMapping(params = "do=stop-letters")
    String stopLetters(@PathVariable String token, @RequestParam(required = false) String confirmed, Model model,
            HttpServletRequest request) {
        Customer customer = customer(token, request, model);
        Saved saved = choices.save(customer.id(), choices.read(customer.id()).without(ChoiceChannel.LETTER), false)
                .orElseThrow(NotGenuineLinks.Refused::new);
        log.info("preferences page of customer {}: no more letters ({})", customer.id(), saved.changes());
        model.addAttribute("lettersStopped", true);
        return page(customer, confirmedOrNull(confirmed, customer), model);
    }

    @PostMapping(params = "do=send-code")
    String sendCode(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Customer customer = customer(token, request, model);
        Passcodes.Request sent = passcodes.request(customer.id(), CustomerLanguage.of(pageLanguage(customer)));
        log.info("preferences page of customer {}: one-time code {}", customer.id(), sent);
        if (sent == Passcodes.Request.NO_CUSTOMER) {
            throw new NotGenuineLinks.Refused();
        }
        if (sent != Passcodes.Request.SENT) {
            response.setStatus(sent == Passcodes.Request.TOO_MANY ? 429 : HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("codeAsked", sent.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return page(customer, null, model);
    }

    @PostMapping(params = "do=check-code")
    String checkCode(@PathVariable String token, @RequestParam(required = false) String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Customer customer = customer(token, request, model);
        Passcodes.Check check = passcodes.check(customer.id(), code);
        log.info("preferences page of customer {}: one-time code typed, {}", customer.id(), check);
        if (check != Passcodes.Check.CONFIRMED) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("codeAsked", "sent");
            model.addAttribute("codeWrong", check.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return page(customer, null, model);
        }
        return page(customer, links.confirmed(customer.id(), Passcodes.VALID), model);
    }

    @PostMapping(params = "do=download")
    Object download(@PathVariable String token, @RequestParam(required = false) String confirmed, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Customer customer = customer(token, request, model);
        if (confirmedOrNull(confirmed, customer) == null) {
            return mustConfirm(customer, model, response);
        }
        // the same copy as kanta customer export writes: everything held, purchases included
        CustomerDataCopy copy = export.byId(customer.id()).orElseThrow(NotGenuineLinks.Refused::new);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        export.writeJson(copy, json);
        log.info("preferences page of customer {}: data downloaded", customer.id());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("my-data.json").build().toString())
                .body(json.toByteArray());
    }

    @PostMapping(params = "do=forget-ask")
    String forgetAsk(@PathVariable String token, @RequestParam(required = false) String confirmed, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Customer customer = customer(token, request, model);
        String proof = confirmedOrNull(confirmed, customer);
        if (proof == null) {
            return mustConfirm(customer, model, response);
        }
        model.addAttribute("confirmed", proof);
        return "web/preferences-forget";
    }

    @PostMapping(params = "do=back")
    String back(@PathVariable String token, @RequestParam(required = false) String confirmed, Model model, HttpServletRequest request) {
        Customer customer = customer(token, request, model);
        return page(customer, confirmedOrNull(confirmed, customer), model);
    }

    @PostMapping(params = "do=forget")
    String forget(@PathVariable String token, @RequestParam(required = false) String confirmed,
            @RequestParam(required = false) String sure, Model model, HttpServletRequest request, HttpServletResponse response) {
        Customer customer = customer(token, request, model);
        String proof = confirmedOrNull(confirmed, customer);
        if (proof == null) {
            return mustConfirm(customer, model, response);
        }
        CustomerErasure erasing = erasure.getIfAvailable();
        if (!"yes".equals(sure) || erasing == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("confirmed", proof);
            model.addAttribute("mustTick", erasing != null);
            model.addAttribute("staffOnly", erasing == null);
            model.addAttribute("shop", shop);
            return "web/preferences-forget";
        }
        CustomerErasure.Receipt receipt = erasing.erase(customer.id(), "customer's request", "customer");
        log.info("preferences page of customer {}: erased at their request, receipt {}", customer.id(), receipt.receiptId());
        model.addAttribute("receipt", receipt.receiptId());
        return "web/preferences-forgotten";
    }

    private String mustConfirm(Customer customer, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("confirmationExpired", true);
        return page(customer, null, model);
    }

    /** The page with the customer's choices as saved now; with a confirmation, what the shop holds too. */
    private String page(Customer customer, String confirmed, Model model) {
        Choices now = choices.read(customer.id());
        model.addAttribute("choices", now);
        model.addAttribute("lettersAllowed", now.allows(ChoiceChannel.LETTER));
        model.addAttribute("channels", ChoiceChannel.values());
        model.addAttribute("categories", choices.categories());
        // the interests in the page's language (templates/categories.csv); the form still sends the data's names
        model.addAttribute("categoryNames", renderer.categoryNames());
        model.addAttribute("limits", Choices.LIMITS);
        model.addAttribute("languages", Choices.LANGUAGES);
        model.addAttribute("hasEmail", customer.hasEmail());
        model.addAttribute("shop", shop);
        model.addAttribute("codeMinutes", Passcodes.VALID.toMinutes());
        if (confirmed != null) {
            model.addAttribute("confirmed", confirmed);
            model.addAttribute("held", records.held(customer.id(), today()).orElseThrow(NotGenuineLinks.Refused::new));
            model.addAttribute("canForget", erasure.getIfAvailable() != null);
        }
        return PAGE;
    }

    /** The link's customer, the page set up to speak their language; refused unless genuine, unexpired and theirs. */
    private Customer customer(String token, HttpServletRequest request, Model model) {
        PreferenceLink link = links.verify(token).orElseThrow(NotGenuineLinks.Refused::new);
        if (link.test()) {
            NotGenuineLinks.refuseTest(TestLinks.RUN_KEY);
        }
        Customer customer = customers.find(link.customerId()).orElseThrow(NotGenuineLinks.Refused::new);
        CustomerLanguage.speak(request, pageLanguage(customer));
        model.addAttribute("firstName", customer.firstName());
        // opened from a letter's short address: "no more letters" comes first
        model.addAttribute("fromLetter", FROM_LETTER.equals(request.getParameter(FROM)));
        return customer;
    }

    /** The language the customer chose on this page beats the imported one. */
    private String pageLanguage(Customer customer) {
        String chosen = choices.read(customer.id()).language();
        return chosen != null ? chosen : customer.language();
    }

    private String confirmedOrNull(String confirmed, Customer customer) {
        return confirmed != null && links.isConfirmed(confirmed, customer.id()) ? confirmed : null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }

    private static Set<ChoiceChannel> channels(List<String> ids) {
        Set<ChoiceChannel> chosen = EnumSet.noneOf(ChoiceChannel.class);
        for (String id : ids == null ? List.<String>of() : ids) {
            chosen.add(Arrays.stream(ChoiceChannel.values()).filter(channel -> channel.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("channel: no such channel " + id)));
        }
        return chosen;
    }

    private static Integer limit(String often) {
        if (often == null || often.isBlank() || NO_LIMIT.equals(often)) {
            return null;
        }
        try {
            return Integer.valueOf(often.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("often: one of " + Choices.LIMITS + " or " + NO_LIMIT + ", not " + often);
        }
    }
}
