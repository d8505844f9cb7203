package fi.kanta.editorial;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.words.SaidError;
import fi.kanta.campaign.Campaign;
import fi.kanta.campaign.Campaigns;
import fi.kanta.campaign.ChannelType;
import fi.kanta.campaign.Period;
import fi.kanta.lists.Previews;
import fi.kanta.render.RenderedEmail;
import fi.kanta.render.Renderer;
import fi.kanta.run.BeforeNewRun;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The weekly newsletter's editorial: what the templates say now, every saved version, a preview of
 * a draft as a customer would get it, and saving. A campaign has an editorial when the template
 * folder its email channel names has {@code editorial.html}; its texts are the {@code editorial.*}
 * lines of that folder's {@code messages_<lang>.properties} ({@link EditorialLines}).
 *
 * <p>A save is refused, with nothing written, unless a copy of {@code templates/} with the new texts
 * passes the check a run makes before sending (the one {@code kanta validate} makes). A version is
 * for an ISO week: one for this week (or the run key's week) is written into the message files at
 * once, one for a later week waits in {@code newsletter_editorial} until the first launch of a run
 * in its week ({@link #beforeNewRun}), so a run uses the newest version saved for its week or earlier.
 */
@Service
public class Editorials implements BeforeNewRun {

    /** The template that makes a campaign's editorial: it names the texts edited here. */
    static final String EDITORIAL_TEMPLATE = "editorial.html";
    /** How far ahead a version may be saved: a month of newsletters. */
    private static final int WEEKS_AHEAD = 4;
    private static final int TITLE_MAX = 200;
    private static final int STORY_MAX = 4000;
    private static final int OFFER_MAX = 500;
    private static final int CATEGORY_OFFERS_MAX = 16000;

    private final Campaigns campaigns;
    private final Renderer renderer;
    private final Previews previews;
    private final ShopSettings shop;
    private final KantaHome home;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    Editorials(Campaigns campaigns, Renderer renderer, Previews previews, ShopSettings shop, KantaHome home, JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.campaigns = campaigns;
        this.renderer = renderer;
        this.previews = previews;
        this.shop = shop;
        this.home = home;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Whether the named campaign has an editorial (false for one that does not read). */
    public boolean has(String campaign) {
        try {
            return folder(campaigns.named(campaign)).isPresent();
        } catch (UserError e) {
            return false;
        }
    }

    /** The ISO week it is now in the campaign's zone: the week a version saved now is for. */
    public String thisWeek(String campaign) {
        return Period.WEEKLY.runKey(ZonedDateTime.now(campaigns.named(campaign).zone()));
    }

    /** The weeks a version may be saved for now: this week and the next {@value #WEEKS_AHEAD}. */
    public List<String> weeks(String campaign) {
        ZonedDateTime now = ZonedDateTime.now(campaigns.named(campaign).zone());
        List<String> weeks = new ArrayList<>();
        for (int ahead = 0; ahead <= WEEKS_AHEAD; ahead++) {
            weeks.add(Period.WEEKLY.runKey(now.plusWeeks(ahead)));
        }
        return weeks;
    }

    /**
     * The editorial for {@code week} as it stands: the newest version saved for that week that still
     * waits for it, else what the message files say now (what a run would send).
     */
    public Editorial current(String campaign, String week) {
        String folder = requireFolder(campaign);
        Optional<EditorialVersion> waiting = versions(campaign).stream()
                .filter(version -> version.editorial().week().equals(week) && version.appliedAt().isEmpty()).findFirst();
        if (waiting.isPresent()) {
            return waiting.get().editorial();
        }
        List<EditorialText> texts = languages().stream()
                .map(language -> EditorialLines.read(language, readOrEmpty(messageFile(templates(), folder, language)))).toList();
        return new Editorial(campaign, week, texts);
    }

    /** The campaign's versions, newest first (the latest 100). */
    public List<EditorialVersion> versions(String campaign) {
        return withTexts(jdbc.query("SELECT e.id, e.campaign, e.week, e.saved_at, u.name, e.restored_from, e.applied_at FROM newsletter_editorial e"
                + " LEFT JOIN console_user u ON u.id = e.saved_by WHERE e.campaign = ? ORDER BY e.id DESC FETCH FIRST 100 ROWS ONLY",
                versionRow(), campaign));
    }

    /** One version of the campaign's editorial. */
    public EditorialVersion version(String campaign, long id) {
        return withTexts(jdbc.query("SELECT e.id, e.campaign, e.week, e.saved_at, u.name, e.restored_from, e.applied_at FROM newsletter_editorial e"
                        + " LEFT JOIN console_user u ON u.id = e.saved_by WHERE e.campaign = ? AND e.id = ?", versionRow(), campaign, id))
                .stream().findFirst().orElseThrow(() -> new SaidError("editorial.version.none", campaign, String.valueOf(id)));
    }

    /** What a preview shows: the customer's email with the draft's texts, in the customer's language. */
    public record DraftPreview(String customer, long customerId, String verdict, RenderedEmail email) {
    }

    /**
     * The customer's email (by the shop's id) as it would be with {@code draft}'s texts, personal
     * links signed as test links; refused with every mistake, as a save would be.
     */
    public DraftPreview preview(Editorial draft, String customer, Words words) {
        Campaign campaign = campaigns.named(draft.campaign());
        Campaign.Channel email = campaign.channel(ChannelType.EMAIL)
                .orElseThrow(() -> new SaidError("editorial.no-email", campaign.name()));
        Previews.Preview preview = previews.withTestLinks(campaign.name(), customer, words);
        return inDraft(draft, words, templates -> new DraftPreview(customer, preview.recipient().customerId(), preview.verdict(),
                renderer.openDraft(templates, email.template()).email(preview.model())));
    }

    /**
     * Saves {@code editorial} as a new version by the console user {@code userId}: refused with every
     * mistake and nothing written unless it passes the check; written into the message files at once
     * when it is for this week, else kept until its week's run. Returns the version's id.
     */
    public long save(Editorial editorial, long userId, Optional<Long> restoredFrom, Words words) {
        String folder = requireFolder(editorial.campaign());
        List<String> weeks = weeks(editorial.campaign());
        if (!weeks.contains(editorial.week())) {
            throw new EditorialRefused(List.of(new EditorialMistake("", "week", words.text("editorial.mistake.week",
                    weeks.get(0), weeks.get(weeks.size() - 1)))));
        }
        inDraft(editorial, words, templates -> checked(templates, editorial.campaign()));
        boolean now = editorial.week().equals(weeks.get(0));
        return transaction.execute(status -> {
            LocalDateTime at = LocalDateTime.now(shop.timeZone());
            long id = insert(editorial, userId, restoredFrom, at, now);
            if (now) {
                write(folder, editorial);
            }
            return id;
        });
    }

    /**
     * Before a new run of a campaign with an editorial: the newest version saved for the launch's
     * week or earlier is written into the message files, if it has not been yet (checked again: the
     * templates may have changed since it was saved; a failing check refuses the launch). A version
     * written once is not written again, so hand edits of the files made after it stay.
     */
    @Override
    public void beforeNewRun(Campaign campaign, String runKey, ZonedDateTime now) {
        Optional<String> folder = folder(campaign);
        if (folder.isEmpty()) {
            return;
        }
        String week = Period.WEEKLY.runKey(now);
        List<Long> newest = jdbc.queryForList("SELECT id FROM newsletter_editorial WHERE campaign = ? AND week <= ?"
                + " ORDER BY week DESC, id DESC FETCH FIRST 1 ROWS ONLY", Long.class, campaign.name(), week);
        if (newest.isEmpty()) {
            return;
        }
        EditorialVersion version = version(campaign.name(), newest.get(0));
        if (version.appliedAt().isPresent()) {
            return;
        }
        inDraft(version.editorial(), Words.english(shop.timeZone()), templates -> checked(templates, campaign.name()));
        transaction.executeWithoutResult(status -> {
            jdbc.update("UPDATE newsletter_editorial SET applied_at = ? WHERE id = ?",
                    Timestamp.valueOf(LocalDateTime.now(shop.timeZone())), version.id());
            write(folder.get(), version.editorial());
        });
    }

    private long insert(Editorial editorial, long userId, Optional<Long> restoredFrom, LocalDateTime at, boolean applied) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO newsletter_editorial (campaign, week, saved_at, saved_by, restored_from,"
                    + " applied_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, editorial.campaign());
            insert.setString(2, editorial.week());
            insert.setTimestamp(3, Timestamp.valueOf(at));
            insert.setLong(4, userId);
            insert.setObject(5, restoredFrom.orElse(null));
            insert.setTimestamp(6, applied ? Timestamp.valueOf(at) : null);
            return insert;
        }, key);
        long id = key.getKey().longValue();
        for (EditorialText text : editorial.texts()) {
            jdbc.update("INSERT INTO newsletter_editorial_text (editorial_id, language, title, story, offer, category_offers)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", id, text.language(), EditorialLines.oneLine(text.title()),
                    EditorialLines.oneLine(text.story()), EditorialLines.oneLine(text.offer()), text.categoryOffers().strip());
        }
        return id;
    }

    /**
     * Runs {@code use} on a copy of {@code templates/} holding the draft's texts, after the form's
     * own checks and the templates' check pass; the copy is deleted afterwards.
     */
    private <T> T inDraft(Editorial draft, Words words, Function<Path, T> use) {
        String folder = requireFolder(draft.campaign());
        List<EditorialMistake> mistakes = formMistakes(draft, words);
        if (!mistakes.isEmpty()) {
            throw new EditorialRefused(mistakes);
        }
        Path copy = home.out("editorial", "draft-" + UUID.randomUUID());
        try {
            Files.createDirectories(copy);
            FileSystemUtils.copyRecursively(templates(), copy);
            for (EditorialText text : draft.texts()) {
                Path file = messageFile(copy, folder, text.language());
                Files.writeString(file, EditorialLines.rewrite(readOrEmpty(file), text), StandardCharsets.UTF_8);
            }
            try {
                return use.apply(copy);
            } catch (EditorialRefused e) {
                throw e;
            } catch (UserError e) {
                throw new EditorialRefused(List.of(new EditorialMistake("", "", words.text("editorial.mistake.template", SaidError.said(e, words)))));
            }
        } catch (IOException e) {
            throw new SaidError(e, "editorial.templates.unreadable", String.valueOf(e.getMessage()));
        } finally {
            try {
                FileSystemUtils.deleteRecursively(copy);
            } catch (IOException e) {
                // a draft left under out/editorial/ holds no personal data; the next save makes another
            }
        }
    }

    /** Every template the campaign's channels use checked in the draft, as a run checks them before sending. */
    private Void checked(Path templates, String campaign) {
        campaigns.named(campaign).channels().stream().map(Campaign.Channel::template).distinct()
                .forEach(template -> renderer.openDraft(templates, template));
        return null;
    }

    /** What the form itself gets wrong: every language of the shop, each text there and not too long, offer lines "category = text". */
    private List<EditorialMistake> formMistakes(Editorial draft, Words words) {
        List<EditorialMistake> mistakes = new ArrayList<>();
        for (String language : languages()) {
            Optional<EditorialText> found = draft.in(language);
            if (found.isEmpty()) {
                mistakes.add(new EditorialMistake(language, "title", words.text("editorial.mistake.required")));
                continue;
            }
            EditorialText text = found.get();
            required(mistakes, language, "title", text.title(), TITLE_MAX, words);
            required(mistakes, language, "story", text.story(), STORY_MAX, words);
            required(mistakes, language, "offer", text.offer(), OFFER_MAX, words);
            if (text.categoryOffers().length() > CATEGORY_OFFERS_MAX) {
                mistakes.add(new EditorialMistake(language, "categoryOffers", words.text("editorial.mistake.too-long", CATEGORY_OFFERS_MAX)));
            }
            int number = 0;
            for (String[] line : EditorialLines.categoryLines(text.categoryOffers())) {
                number++;
                if (line[1] == null || line[0].isEmpty() || line[1].isEmpty() || !line[0].matches("[\\p{L}\\p{N}_ &'.-]+")) {
                    mistakes.add(new EditorialMistake(language, "categoryOffers", words.text("editorial.mistake.category-line", number)));
                }
            }
        }
        return mistakes;
    }

    private static void required(List<EditorialMistake> mistakes, String language, String field, String value, int max, Words words) {
        if (value.isBlank()) {
            mistakes.add(new EditorialMistake(language, field, words.text("editorial.mistake.required")));
        } else if (value.length() > max) {
            mistakes.add(new EditorialMistake(language, field, words.text("editorial.mistake.too-long", max)));
        }
    }

    /** Each language's message file written whole and moved into place, so a run never reads half a file. */
    private void write(String folder, Editorial editorial) {
        try {
            Path scratch = Files.createDirectories(home.out("editorial"));
            for (EditorialText text : editorial.texts()) {
                Path file = messageFile(templates(), folder, text.language());
                Path written = Files.writeString(scratch.resolve(file.getFileName() + "." + UUID.randomUUID()),
                        EditorialLines.rewrite(readOrEmpty(file), text), StandardCharsets.UTF_8);
                try {
                    Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) { // out/ on another file system than templates/
                    Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new SaidError(e, "editorial.templates.unwritable", String.valueOf(e.getMessage()));
        }
    }

    private List<String> languages() {
        return shop.languages().stream().map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
    }

    private Path templates() {
        return home.home().resolve("templates");
    }

    private static Path messageFile(Path templates, String folder, String language) {
        return templates.resolve(folder).resolve("messages_" + language + ".properties");
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String requireFolder(String campaign) {
        return folder(campaigns.named(campaign))
                .orElseThrow(() -> new SaidError("editorial.none", campaign, EDITORIAL_TEMPLATE));
    }

    /** The template folder of the campaign's email, when it has an editorial. */
    private Optional<String> folder(Campaign campaign) {
        return campaign.channel(ChannelType.EMAIL).map(Campaign.Channel::template)
                .filter(template -> template.matches("[a-z0-9][a-z0-9-]*"))
                .filter(template -> Files.isRegularFile(templates().resolve(template).resolve(EDITORIAL_TEMPLATE)));
    }

    private org.springframework.jdbc.core.RowMapper<EditorialVersion> versionRow() {
        return (row, n) -> {
            long id = row.getLong(1);
            Editorial editorial = new Editorial(row.getString(2), row.getString(3), List.of()); // texts: withTexts
            return new EditorialVersion(id, editorial, row.getTimestamp(4).toLocalDateTime(), Optional.ofNullable(row.getString(5)),
                    Optional.ofNullable((Number) row.getObject(6)).map(Number::longValue),
                    Optional.ofNullable(row.getTimestamp(7)).map(Timestamp::toLocalDateTime));
        };
    }

    /** The versions with their texts, read after the versions' own rows (one query at a time on the connection). */
    private List<EditorialVersion> withTexts(List<EditorialVersion> versions) {
        return versions.stream().map(version -> new EditorialVersion(version.id(),
                new Editorial(version.editorial().campaign(), version.editorial().week(), texts(version.id())), version.savedAt(),
                version.savedBy(), version.restoredFrom(), version.appliedAt())).toList();
    }

    private List<EditorialText> texts(long id) {
        List<String> order = languages();
        return jdbc.query("SELECT language, title, story, offer, category_offers FROM newsletter_editorial_text WHERE editorial_id = ?",
                        Editorials::text, id).stream()
                .sorted(java.util.Comparator.comparingInt(text -> order.contains(text.language()) ? order.indexOf(text.language()) : order.size()))
                .toList();
    }

    private static EditorialText text(ResultSet row, int n) throws SQLException {
        return new EditorialText(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5));
    }
}
