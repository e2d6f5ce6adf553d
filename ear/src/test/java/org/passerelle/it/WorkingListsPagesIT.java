package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The working lists of issue 18 in a real browser: the agent's filter form (a GET form whose
 * address can be bookmarked and holds no usager's value), the partner's inbox filters, and the
 * CCAS manager's team page, from the home tile, changing a dossier's référent. Every page visited
 * goes through axe-core and the 375 px check ({@link Browser#assertAccessible}).
 */
@ExtendWith(StackExtension.class)
class WorkingListsPagesIT {

    private static final String MANAGER = "responsable.saumur";
    private static final String DEPT = "dept.referent";
    private static final List<String> PICK = List.of("person.lastName", "case.housing");

    private static Browser browser;
    private static String agent;
    private static String colleague;
    private static String lastName;
    private static String caseId;
    private static String waiting;
    private static String cancelled;

    @BeforeAll
    static void setUp() {
        browser = new Browser();
        agent = Keycloak.createUser("ccas-saumur", "ccas-agent");
        colleague = Keycloak.createUser("ccas-saumur", "ccas-agent");
        lastName = TestData.unique("Filtre");
        String personId = TestData.registerPerson(agent, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        caseId = TestData.openCase(agent, personId, List.of(), new HashMap<>(Map.of("housing", "Hébergée")))
                .path("id")
                .asText();
        TestData.recordPriorNotice(agent, personId, "caf-49", List.of("IDENTITY", "HOUSING"));
        TestData.recordPriorNotice(agent, personId, "dept-49", List.of("IDENTITY", "HOUSING"));
        String calm = TestData.housingConvention("liste-page", 300, 200, 365);
        waiting = TestData.sent(agent, TestData.draftBody(caseId, "dept-49", "SOCIAL_ACTION", calm, PICK));
        cancelled =
                TestData.sent(agent, TestData.draftBody(caseId, "caf-49", "SOCIAL_ACTION", "acces-aux-droits", PICK));
        HttpResponse<String> cancel = Http.send(
                "POST",
                Http.api("/referrals/" + cancelled + "/cancel"),
                Keycloak.token(agent),
                Map.of("reasonCode", "SITUATION_CHANGED"));
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAgentFiltersTheirOrientationsAndTheAddressCanBeBookmarked() {
        Page page = browser.signIn(agent, "/ui/referrals/mine.xhtml");
        assertThat(rows(page)).containsExactlyInAnyOrder(waiting, cancelled);

        page.selectOption("#status", "CANCELLED");
        browser.click(page, "#apply");
        assertThat(page.url()).contains("status=CANCELLED").doesNotContain(lastName);
        assertThat(rows(page)).as("an ended orientation stays listed").containsExactly(cancelled);
        assertThat(page.inputValue("#status")).as("the form shows the filter").isEqualTo("CANCELLED");

        browser.open(page, "/ui/referrals/mine.xhtml?partner=dept-49&scope=untaken");
        assertThat(rows(page)).containsExactly(waiting);
        assertThat(page.inputValue("#scope")).isEqualTo("untaken");

        browser.open(page, "/ui/referrals/mine.xhtml?from=not-a-day");
        assertThat(Browser.messages(page)).anySatisfy(m -> assertThat(m).contains("from"));
        assertThat(rows(page)).isEmpty();
    }

    @Test
    void thePartnerFiltersItsInbox() {
        Page page = browser.signIn(DEPT, "/ui/inbox/list.xhtml");
        page.selectOption("#scope", "untaken");
        page.fill("#agent", "");
        browser.click(page, "#apply");
        assertThat(page.url()).contains("scope=untaken");
        assertThat(rows(page)).contains(waiting);
        browser.open(page, "/ui/inbox/list.xhtml?scope=mine&status=SENT");
        assertThat(rows(page)).doesNotContain(waiting);
    }

    @Test
    void theManagerFindsTheTeamFromTheHomePageAndChangesAReferent() {
        Page page = browser.signIn(MANAGER, "/ui/");
        browser.click(page, "ul.tiles a[href$='/ui/team/team.xhtml']");
        assertThat(page.url()).contains("/ui/team/team.xhtml");
        assertThat(page.locator("tr[data-agent='" + agent + "'] td[data-unanswered]")
                        .textContent())
                .isEqualTo("1");
        assertThat(page.content()).doesNotContain(lastName).doesNotContain("Hébergée");

        page.selectOption("[id='reassign:dossier']", caseId);
        page.fill("[id='reassign:referent']", colleague);
        browser.click(page, "[id='reassign:save']");
        assertThat(Browser.messages(page)).anySatisfy(m -> assertThat(m).contains(colleague));
        assertThat(page.locator("tr[data-agent='" + colleague + "'] td[data-count]")
                        .first()
                        .textContent())
                .contains(caseId.substring(0, 8));
        assertThat(Http.get(Http.api("/cases/" + caseId), Keycloak.token(colleague))
                        .statusCode())
                .isEqualTo(200);

        browser.click(page, "#to-indicators");
        assertThat(page.url()).contains("/ui/audit/indicators.xhtml");
        assertThat(Browser.messages(page)).noneSatisfy(m -> assertThat(m).containsIgnoringCase("refus"));
    }

    private static List<String> rows(Page page) {
        return page.locator("tr[data-referral-id]").all().stream()
                .map(row -> row.getAttribute("data-referral-id"))
                .toList();
    }
}
