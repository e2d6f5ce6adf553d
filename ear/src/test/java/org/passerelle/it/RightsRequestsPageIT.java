package org.passerelle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DPO's register of rights requests in a real browser (issue 21, item 3): from the home tile,
 * a restriction request registered through the form restricts the usager's dossier (the agent is
 * then refused), an access request leads to the access report with the usager's id filled in, and
 * an answer closes a request; every page visited passes axe-core and does not scroll sideways at
 * 375 px.
 */
@ExtendWith(StackExtension.class)
class RightsRequestsPageIT {

    private static final String AGENT = "agent.saumur";
    private static final String DPO = "dpo.saumur";
    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

    private static Browser browser;

    @BeforeAll
    static void startTheBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDpoRegistersARestrictionRequestThroughTheFormThenAnswersIt() {
        String lastName = TestData.unique("Montsoreau");
        String personId = TestData.registerPerson(AGENT, TestData.person(lastName, TestData.nir()))
                .path("id")
                .asText();
        String caseId = TestData.openCase(
                        AGENT, personId, List.of(), new java.util.HashMap<>(Map.of("housing", "Locataire")))
                .path("id")
                .asText();

        Page dpo = browser.signIn(DPO, "/ui/");
        browser.click(dpo, "main a[href$='/ui/audit/rights-requests.xhtml']");
        assertThat(dpo.url()).contains("/ui/audit/rights-requests.xhtml");
        register(dpo, personId, "RESTRICTION");
        assertThat(Browser.messages(dpo)).anySatisfy(m -> assertThat(m).contains("Dossiers limités : 1"));
        String row = "tr[data-kind='RESTRICTION']:has(td.id:text-is('" + personId + "'))";
        assertThat(dpo.locator(row).count()).isEqualTo(1);
        assertThat(dpo.locator(row).getAttribute("data-overdue")).isEqualTo("false");
        assertThat(Http.get(Http.api("/cases/" + caseId), Keycloak.token(AGENT)).statusCode())
                .as("the dossier is restricted: the agent gets 423")
                .isEqualTo(423);
        Browser.screenshot(dpo, "demandes-droits");

        dpo.fill(row + " [id$='answer:on']", TODAY);
        dpo.selectOption(row + " [id$='answer:outcome']", "GRANTED");
        browser.click(dpo, row + " [id$='answer:save']");
        assertThat(Browser.messages(dpo)).anySatisfy(m -> assertThat(m).contains("la demande est close"));

        // From the search by ids of the restriction page to the form, the usager's id filled in.
        browser.open(dpo, "/ui/audit/restrictions.xhtml");
        dpo.fill("[id='find:lastName']", lastName);
        dpo.fill("[id='find:firstNames']", "Élodie Marie");
        dpo.fill("[id='find:birthDate']", "1984-03-12");
        browser.click(dpo, "[id='find:search']");
        browser.click(dpo, "article[data-person='" + personId + "'] [id$='rights:open']");
        assertThat(dpo.url()).contains("/ui/audit/rights-requests.xhtml").doesNotContain(personId);
        assertThat(dpo.inputValue("[id='register:person']")).isEqualTo(personId);

        // An access request: one click to the access report, the usager's id filled in.
        register(dpo, personId, "ACCESS");
        String access = "tr[data-kind='ACCESS']:has(td.id:text-is('" + personId + "'))";
        browser.click(dpo, access + " [id$='report:open']");
        assertThat(dpo.url()).contains("/ui/audit/reports.xhtml").doesNotContain(personId);
        assertThat(dpo.inputValue("[id='report:person']")).isEqualTo(personId);
    }

    private static void register(Page dpo, String personId, String kind) {
        dpo.fill("[id='register:person']", personId);
        dpo.selectOption("[id='register:kind']", kind);
        dpo.fill("[id='register:receivedOn']", TODAY);
        dpo.selectOption("[id='register:channel']", "LETTER");
        browser.click(dpo, "[id='register:save']");
    }
}
