package org.passerelle.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.application.access.JournalAction;
import org.passerelle.domain.consent.ConsentMeans;
import org.passerelle.domain.consent.ConsentStatus;
import org.passerelle.domain.consent.InformationMeans;
import org.passerelle.domain.consent.WithdrawalReason;
import org.passerelle.domain.convention.RejectionReason;
import org.passerelle.domain.referral.Urgency;
import org.passerelle.secrecy.Cadre;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NoteType;
import org.passerelle.secrecy.Outcome;
import org.passerelle.secrecy.referral.RecipientChange;
import org.passerelle.secrecy.referral.ReferralStatus;
import org.passerelle.secrecy.referral.Transition;

/**
 * Every text the pages show exists in French and in English: both files of each bundle hold the
 * same keys, every key a view or a bean names exists, and every value of the enumerations the
 * pages show in words has its label.
 */
class UiBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java/org/passerelle/web/ui");
    /** The bundle each view variable reads (faces-config.xml). */
    private static final Map<String, String> VARIABLES = Map.of("msg", "messages", "audit", "audit", "admin", "admin");

    private static final Map<String, String> BEAN_BUNDLES = Map.of(
            "UiText",
            "messages",
            "UiBundle.MESSAGES",
            "messages",
            "UiBundle.AUDIT",
            "audit",
            "UiBundle.ADMIN",
            "admin");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "audit", "admin"})
    void frenchAndEnglishHoldTheSameKeysAndNoEmptyText(String bundle) {
        Properties french = load(bundle, "fr");
        Properties english = load(bundle, "en");
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as(bundle + "_en")
                .isEqualTo(new TreeSet<>(french.stringPropertyNames()));
        Stream.of(french, english)
                .forEach(texts -> texts.forEach((key, text) ->
                        assertThat(text.toString()).as(bundle + " " + key).isNotBlank()));
    }

    @Test
    void everyKeyAViewNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Pattern reference = Pattern.compile("#\\{(msg|audit|admin)\\['([^']+)'\\]");
        Pattern title = Pattern.compile("<ui:param name=\"title\" value=\"([^\"#]+)\"");
        try (Stream<Path> views = Files.walk(WEBAPP)) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(view);
                Matcher m = reference.matcher(text);
                while (m.find()) {
                    check(VARIABLES.get(m.group(1)), m.group(2), view, missing);
                }
                Matcher t = title.matcher(text);
                while (t.find()) {
                    check("messages", t.group(1), view, missing);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyABeanNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Pattern call = Pattern.compile("(UiText|UiBundle\\.MESSAGES|UiBundle\\.AUDIT|UiBundle\\.ADMIN)\\."
                + "(?:text|textOr|info|error|errorNow)\\(\"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(source));
                while (m.find()) {
                    check(BEAN_BUNDLES.get(m.group(1)), m.group(2), source, missing);
                }
            }
        }
        // The keys the beans compute: the error of each refusal, the confirmation of each action.
        for (String key : List.of(
                "error.not-found",
                "error.forbidden",
                "error.restricted",
                "error.stale-version",
                "error.invalid-input",
                "error.duplicate-usager",
                "error.invalid-pick",
                "error.share-not-grounded",
                "error.wrong-state",
                "error.already-restricted",
                "error.not-restricted",
                "error.unexpected",
                "error.403.title",
                "error.403.text",
                "error.404.title",
                "error.404.text",
                "error.500.title",
                "error.500.text",
                "notice.done",
                "consent.done",
                "consent.withdrawn",
                "dossier.saved",
                "dossier.note.added",
                "dossier.breakglass.granted",
                "referral.sent",
                "referral.cancelled",
                "referral.message.sent",
                "partner.accepted",
                "partner.rejected",
                "partner.started",
                "partner.held",
                "partner.resumed",
                "partner.completed",
                "partner.failed",
                "partner.asked",
                "referral.new.note.refused.outside-convention",
                "referral.new.note.refused.health-never-to-caf",
                "referral.new.note.refused.note-interne")) {
            check("messages", key, Path.of("(computed)"), missing);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueShownInWordsHasItsLabel() {
        Properties french = load("messages", "fr");
        Map<String, List<String>> labelled = Map.ofEntries(
                Map.entry("status", names(ReferralStatus.values())),
                Map.entry("cadre", names(Cadre.values())),
                Map.entry("urgency", names(Urgency.values())),
                Map.entry("category", names(FieldCategory.values())),
                Map.entry("information-means", names(InformationMeans.values())),
                Map.entry("consent-means", names(ConsentMeans.values())),
                Map.entry("consent-status", names(ConsentStatus.values())),
                Map.entry("withdrawal", names(WithdrawalReason.values())),
                Map.entry("note-type", names(NoteType.values())),
                Map.entry(
                        "event",
                        Stream.of(
                                        names(Transition.values()).stream(),
                                        names(RecipientChange.values()).stream(),
                                        Stream.of("CREATE", "REMIND", "ESCALATE", "MESSAGE"))
                                .flatMap(s -> s)
                                .toList()),
                Map.entry(
                        "reject",
                        RejectionReason.STANDARD.stream()
                                .map(RejectionReason::code)
                                .toList()),
                Map.entry("field", Arrays.stream(Field.values()).map(Field::key).toList()));
        List<String> missing = new ArrayList<>();
        labelled.forEach((prefix, values) -> values.stream()
                .map(v -> prefix + "." + v)
                .filter(key -> !french.containsKey(key))
                .forEach(missing::add));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyJournalActionAndOutcomeHasItsLabelForTheAuditor() {
        Properties french = load("audit", "fr");
        List<String> missing = Stream.concat(
                        Arrays.stream(JournalAction.values()).map(a -> "action." + a.name()),
                        Arrays.stream(Outcome.values()).map(o -> "outcome." + o.name()))
                .filter(key -> !french.containsKey(key))
                .toList();
        assertThat(missing).isEmpty();
    }

    private static void check(String bundle, String key, Path where, List<String> missing) {
        if (!load(bundle, "fr").containsKey(key)) {
            missing.add(where + ": " + bundle + "[" + key + "]");
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Properties load(String bundle, String language) {
        String resource = "/org/passerelle/web/ui/" + bundle + "_" + language + ".properties";
        try (InputStream in = UiBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
