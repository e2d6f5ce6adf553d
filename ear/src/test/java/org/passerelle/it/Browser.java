package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The browser of the page tests: Playwright driving Debian's Chromium (installed by the test set-up;
 * Playwright's own browser download is switched off, this machine cannot reach it), one context per
 * person signed in, axe-core run inside the page on every page visited (at the desktop width and
 * at a phone's 375 px, where nothing may scroll sideways), screenshots into target/
 * (docs/screenshots with {@code ./passerelle docs}).
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("passerelle.it.chromium", "/usr/bin/chromium"));
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** A small phone's viewport (an iPhone SE or 12 mini): the outreach worker's (aller vers). */
    static final int PHONE_WIDTH = 375;

    private static final int PHONE_HEIGHT = 667;
    /** The page shapes already checked on a phone (see {@link #shape}). */
    private static final Set<String> CHECKED_ON_A_PHONE = ConcurrentHashMap.newKeySet();

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        assertThat(CHROMIUM)
                .as("Debian's Chromium (apt-get install chromium; ./passerelle test installs it)")
                .exists();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Without the background-networking switches Chromium keeps calling Google's hosts, which
        // this closed network refuses.
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A new browser (own cookies), on no page yet. */
    Page blank() {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setLocale("fr-FR")
                        .setViewportSize(1280, 900)
                        .setAcceptDownloads(true))
                .newPage();
    }

    /** A new browser (own cookies) signed in through Keycloak's login page, landing on {@code path}. */
    Page signIn(String username, String path) {
        Page page = blank();
        page.navigate(Stack.API.resolve(path).toString());
        page.waitForSelector("#username");
        assertAccessible(page);
        page.fill("#username", username);
        page.fill("#password", Keycloak.DEMO_PASSWORD);
        page.click("#kc-login");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.url()).as("back from Keycloak").startsWith(Stack.API.toString());
        return page;
    }

    /** Presses a key that submits a form (keyboard only), waits for the next page and checks it. */
    Page press(Page page, String key) {
        page.waitForNavigation(() -> page.keyboard().press(key));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertAccessible(page);
        return page;
    }

    /** Goes to a page of Passerelle (a path, or a whole address) and checks it like any page visited. */
    Page open(Page page, String path) {
        page.navigate(Stack.API.resolve(path).toString());
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertAccessible(page);
        return page;
    }

    /** Clicks what submits a form or follows a link, waits for the next page and checks it. */
    Page click(Page page, String selector) {
        page.click(selector);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertAccessible(page);
        return page;
    }

    /**
     * Every page visited, checked at the desktop width and, for each page shape not yet seen, on a
     * phone 375 px wide (issue 18, outreach): no sideways scroll and, there too, no serious or
     * critical axe-core violation of WCAG 2.1 A and AA (RGAA AA). The viewport is put back afterwards.
     */
    static void assertAccessible(Page page) {
        assertAxeClean(page, "");
        if (!page.url().startsWith(Stack.API.toString()) || !CHECKED_ON_A_PHONE.add(shape(page))) {
            return; // Keycloak's sign-in page is not ours to lay out (a known non-conformity)
        }
        var desktop = page.viewportSize();
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        try {
            assertNoSidewaysScroll(page);
            assertAxeClean(page, " at " + PHONE_WIDTH + " px");
        } finally {
            page.setViewportSize(desktop.width, desktop.height);
        }
    }

    /**
     * A page's view and state, without its values: its path and the ids of its elements (numbers and
     * UUIDs blanked). Each shape is checked on a phone once per run, so that the second check does not
     * slow the tests whose orientations expire within seconds (1-second days).
     */
    private static String shape(Page page) {
        return (String) page.evaluate("""
                () => location.pathname + ' ' + [...new Set([...document.querySelectorAll('[id]')]
                    .map(e => e.id.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '#').replace(/[0-9]+/g, '#')))]
                    .sort().join(' ')
                """);
    }

    /** The page fits the viewport's width: nothing makes the document wider (issue 18, item 8). */
    static void assertNoSidewaysScroll(Page page) {
        // The widest elements are named when it fails, so the culprit is found without a screenshot.
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) page.evaluate("""
                () => {
                  const root = document.documentElement;
                  const limit = root.clientWidth;
                  const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > limit + 0.5)
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                        + ' ' + Math.round(e.getBoundingClientRect().right));
                  return {scrollWidth: root.scrollWidth, clientWidth: limit, wide: wide.join(' | ')};
                }
                """);
        int scrollWidth = ((Number) widths.get("scrollWidth")).intValue();
        int clientWidth = ((Number) widths.get("clientWidth")).intValue();
        assertThat(scrollWidth)
                .as(() -> page.url() + " scrolls sideways at " + PHONE_WIDTH + " px: " + widths.get("wide"))
                .isLessThanOrEqualTo(clientWidth);
    }

    private static void assertAxeClean(Page page, String where) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .as(() -> page.url() + where + ": "
                        + blocking.stream()
                                .map(rule -> rule.getId() + " "
                                        + rule.getNodes().stream()
                                                .limit(3)
                                                .map(node -> node.getHtml())
                                                .collect(Collectors.joining(" | ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /** The status messages shown at the top of the page. */
    static List<String> messages(Page page) {
        return page.locator(".messages li").allTextContents().stream()
                .map(String::strip)
                .toList();
    }

    /**
     * A full-page screenshot into target/screenshots, or into docs/screenshots (shown by the README)
     * when {@code ./passerelle docs} sets {@code passerelle.it.screenshots-dir}: a test run leaves git clean.
     */
    static void screenshot(Page page, String name) {
        Path folder = Path.of(System.getProperty("passerelle.it.screenshots-dir", "target/screenshots"));
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(folder.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
