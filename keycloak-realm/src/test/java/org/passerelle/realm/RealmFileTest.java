package org.passerelle.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The security properties of the demo realm that the application relies on, checked on the JSON
 * file itself (no Keycloak needed). What Keycloak then puts in a token was checked by hand against a
 * running Keycloak; these tests keep the file from drifting away from it.
 */
class RealmFileTest {

    private static final Set<String> ROLES = Set.of(
            "ccas-agent",
            "ccas-reception",
            "ccas-manager",
            "partner-caseworker",
            "partner-manager",
            "partner-system",
            "auditor",
            "admin");
    private static final Set<String> ORGANISATIONS =
            Set.of("ccas-saumur", "ccas-vitre", "caf-49", "cpam-49", "dept-49");
    private static final String DEFAULT_ROLE = "default-roles-passerelle";
    private static final String API_CLIENT = "passerelle-api";

    /** DESIGN §5: the demo users, their organisation and their Passerelle roles. */
    private static final Map<String, List<String>> DEMO_USERS = Map.ofEntries(
            Map.entry("agent.saumur", List.of("ccas-saumur", "ccas-agent")),
            Map.entry("agent.vitre", List.of("ccas-vitre", "ccas-agent")),
            Map.entry("accueil.saumur", List.of("ccas-saumur", "ccas-reception")),
            Map.entry("collegue.saumur", List.of("ccas-saumur", "ccas-agent")),
            Map.entry("responsable.saumur", List.of("ccas-saumur", "ccas-manager")),
            Map.entry("caf.instructeur", List.of("caf-49", "partner-caseworker")),
            Map.entry("cpam.conseiller", List.of("cpam-49", "partner-caseworker")),
            Map.entry("cpam.responsable", List.of("cpam-49", "partner-caseworker", "partner-manager")),
            Map.entry("dept.referent", List.of("dept-49", "partner-caseworker")),
            Map.entry("dpo.saumur", List.of("ccas-saumur", "auditor")),
            Map.entry("admin.passerelle", List.of("ccas-saumur", "admin")));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        Path file = Path.of(System.getProperty("realm.file", "src/main/realm/passerelle-realm.json"));
        realm = JSON.readTree(Files.readString(file));
    }

    @Test
    void isTheDemoRealmPasserelleAndSaysSo() {
        assertThat(realm.path("realm").asText()).isEqualTo("passerelle");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("displayName").asText()).contains("démo");
        assertThat(realm.path("attributes").path("passerelle.environment").asText())
                .isEqualTo("demo");
        assertThat(realm.path("attributes").path("passerelle.notice").asText()).contains("demo", "S17", "production");
    }

    @Test
    void declaresTheFiveRealmRolesWithDescriptions() {
        JsonNode roles = realm.path("roles").path("realm");
        assertThat(names(roles, "name")).containsExactlyInAnyOrderElementsOf(ROLES);
        roles.forEach(role -> assertThat(role.path("description").asText())
                .as(role.path("name").asText())
                .isNotBlank());
    }

    @Test
    void leavesTheBuiltInClientScopesToKeycloak() {
        // Declaring them replaces Keycloak's own: tokens then lose 'sub' and the roles.
        assertThat(realm.has("clientScopes")).isFalse();
        assertThat(realm.has("defaultDefaultClientScopes")).isFalse();
        assertThat(realm.has("defaultOptionalClientScopes")).isFalse();
    }

    @Test
    void keepsTokensAndSessionsShort() {
        assertThat(realm.path("accessTokenLifespan").asInt(Integer.MAX_VALUE))
                .isPositive()
                .isLessThanOrEqualTo(300);
        assertThat(realm.path("ssoSessionIdleTimeout").asInt(Integer.MAX_VALUE))
                .isPositive()
                .isLessThanOrEqualTo(1800);
        assertThat(realm.path("revokeRefreshToken").asBoolean()).isTrue();
        assertThat(realm.path("refreshTokenMaxReuse").asInt(-1)).isZero();
        assertThat(realm.path("sslRequired").asText()).isIn("external", "all");
    }

    @Test
    void locksOutPasswordGuessing() {
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt(0)).isBetween(1, 5);
        assertThat(realm.path("waitIncrementSeconds").asInt(0)).isPositive();
        assertThat(realm.path("maxFailureWaitSeconds").asInt(0)).isPositive();
    }

    @Test
    void offersTotpWithoutImposingIt() {
        JsonNode totp = byField(realm.path("requiredActions"), "alias", "CONFIGURE_TOTP");
        assertThat(totp.path("enabled").asBoolean()).isTrue();
        assertThat(totp.path("defaultAction").asBoolean(true)).isFalse();
        realm.path("users")
                .forEach(user -> assertThat(names(user.path("requiredActions"), null))
                        .as(user.path("username").asText())
                        .doesNotContain("CONFIGURE_TOTP"));
    }

    @Test
    void apiClientNeverObtainsTokens() {
        JsonNode api = client(API_CLIENT);
        assertThat(api.path("publicClient").asBoolean(true)).isFalse();
        for (String flow : List.of(
                "standardFlowEnabled", "implicitFlowEnabled", "directAccessGrantsEnabled", "serviceAccountsEnabled")) {
            assertThat(api.path(flow).asBoolean(true)).as(flow).isFalse();
        }
    }

    @Test
    void cliClientIsAPublicDemoClientWithDirectGrantsOnly() {
        JsonNode cli = client("passerelle-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean(true)).isFalse();
        assertThat(cli.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(cli.path("serviceAccountsEnabled").asBoolean(true)).isFalse();
        assertThat(cli.path("description").asText()).containsIgnoringCase("démo");
    }

    @Test
    void webClientIsConfidentialWithCodeFlowAndPkce() {
        JsonNode web = client("passerelle-web");
        assertThat(web.path("publicClient").asBoolean(true)).isFalse();
        assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(web.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(web.path("serviceAccountsEnabled").asBoolean(true)).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText())
                .isEqualTo("S256");
        assertThat(names(web.path("redirectUris"), null)).isNotEmpty().doesNotContain("*", "/*");
    }

    @Test
    void commitsNoClientSecret() {
        // A confidential client's secret comes from the environment at import (Keycloak's placeholders).
        realm.path("clients")
                .forEach(client -> assertThat(client.path("secret").asText("${PASSERELLE_WEB_CLIENT_SECRET}"))
                        .as(client.path("clientId").asText())
                        .matches("\\$\\{PASSERELLE_[A-Z0-9_]+_SECRET}"));
        assertThat(client("passerelle-web").path("secret").asText()).isEqualTo("${PASSERELLE_WEB_CLIENT_SECRET}");
        assertThat(fieldNamesAnywhere(realm)).doesNotContain("secretData", "registrationAccessToken");
    }

    /** Issue 15: each partner system its own secret, so that the CAF's cannot mint the CPAM's tokens. */
    @ParameterizedTest
    @ValueSource(strings = {"caf-49", "cpam-49", "dept-49"})
    void eachPartnerSystemHasASecretOfItsOwn(String organisation) {
        assertThat(client(organisation + "-system").path("secret").asText())
                .isEqualTo("${PASSERELLE_" + organisation.toUpperCase().replace('-', '_') + "_SYSTEM_SECRET}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"caf-49", "cpam-49", "dept-49"})
    void partnerSystemsHaveAServiceAccountNamingTheirOrganisation(String organisation) {
        JsonNode client = client(organisation + "-system");
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("publicClient").asBoolean(true)).isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean(true)).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        JsonNode mappers = client.path("protocolMappers");
        JsonNode claim = byField(mappers, "protocolMapper", "oidc-hardcoded-claim-mapper")
                .path("config");
        assertThat(claim.path("claim.name").asText()).isEqualTo("organisation");
        assertThat(claim.path("claim.value").asText()).isEqualTo(organisation);
        assertThat(claim.path("access.token.claim").asText()).isEqualTo("true");
        assertThat(byField(mappers, "protocolMapper", "oidc-audience-mapper")
                        .path("config")
                        .path("included.client.audience")
                        .asText())
                .isEqualTo(API_CLIENT);
        JsonNode account = byField(realm.path("users"), "serviceAccountClientId", organisation + "-system");
        assertThat(names(account.path("realmRoles"), null)).containsExactly("partner-system");
    }

    @ParameterizedTest
    @ValueSource(strings = {"passerelle-web", "passerelle-cli"})
    void callingClientPutsOrganisationAndApiAudienceInTheToken(String clientId) {
        JsonNode mappers = client(clientId).path("protocolMappers");

        JsonNode organisation = byField(mappers, "protocolMapper", "oidc-usermodel-attribute-mapper")
                .path("config");
        assertThat(organisation.path("user.attribute").asText()).isEqualTo("organisation");
        assertThat(organisation.path("claim.name").asText()).isEqualTo("organisation");
        assertThat(organisation.path("jsonType.label").asText()).isEqualTo("String");
        assertThat(organisation.path("access.token.claim").asText()).isEqualTo("true");
        assertThat(organisation.path("id.token.claim").asText()).isEqualTo("true");
        assertThat(organisation.path("userinfo.token.claim").asText()).isEqualTo("true");

        JsonNode audience =
                byField(mappers, "protocolMapper", "oidc-audience-mapper").path("config");
        assertThat(audience.path("included.client.audience").asText()).isEqualTo(API_CLIENT);
        assertThat(audience.path("access.token.claim").asText()).isEqualTo("true");
        assertThat(audience.path("id.token.claim").asText()).isEqualTo("false");
    }

    @Test
    void hasTheDemoUsersOfDesignEachWithOneOrganisationAndTheirRoles() {
        List<JsonNode> users = new java.util.ArrayList<>();
        realm.path("users").forEach(u -> {
            if (!u.has("serviceAccountClientId")) {
                users.add(u);
            }
        });
        assertThat(users)
                .extracting(u -> u.path("username").asText())
                .containsExactlyInAnyOrderElementsOf(DEMO_USERS.keySet());

        Map<String, List<String>> actual = new HashMap<>();
        for (JsonNode user : users) {
            String username = user.path("username").asText();
            assertThat(user.path("enabled").asBoolean()).as(username).isTrue();
            assertThat(user.path("emailVerified").asBoolean()).as(username).isTrue();
            assertThat(user.path("email").asText()).as(username).endsWith("@passerelle.example");
            assertThat(user.path("firstName").asText()).as(username).isNotBlank();
            assertThat(user.path("lastName").asText()).as(username).isNotBlank();

            List<String> organisation = names(user.path("attributes").path("organisation"), null);
            assertThat(organisation).as(username).hasSize(1);
            assertThat(ORGANISATIONS).as(username).contains(organisation.get(0));

            List<String> realmRoles = names(user.path("realmRoles"), null);
            List<String> passerelleRoles =
                    realmRoles.stream().filter(ROLES::contains).sorted().toList();
            assertThat(passerelleRoles).as(username).isNotEmpty();
            assertThat(realmRoles).as(username).allMatch(r -> ROLES.contains(r) || r.equals(DEFAULT_ROLE));

            assertThat(user.path("credentials"))
                    .as(username)
                    .allMatch(c -> c.path("type").asText().equals("password")
                            && !c.path("temporary").asBoolean());
            List<String> expected = new java.util.ArrayList<>(List.of(organisation.get(0)));
            expected.addAll(passerelleRoles);
            actual.put(username, expected);
        }
        assertThat(actual).isEqualTo(DEMO_USERS);
    }

    @Test
    void userProfileDeclaresOrganisationEditableByAdminsOnly() throws IOException {
        JsonNode provider = realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .path(0);
        assertThat(provider.path("providerId").asText()).isEqualTo("declarative-user-profile");
        JsonNode profile = JSON.readTree(
                provider.path("config").path("kc.user.profile.config").path(0).asText());

        assertThat(names(profile.path("attributes"), "name"))
                .contains("username", "email", "firstName", "lastName", "organisation");
        JsonNode permissions =
                byField(profile.path("attributes"), "name", "organisation").path("permissions");
        assertThat(names(permissions.path("edit"), null)).containsExactly("admin");
        assertThat(names(permissions.path("view"), null)).contains("admin");
    }

    private static JsonNode client(String clientId) {
        return byField(realm.path("clients"), "clientId", clientId);
    }

    /** The single element of {@code array} whose {@code field} equals {@code value}. */
    private static JsonNode byField(JsonNode array, String field, String value) {
        List<JsonNode> found = StreamSupport.stream(array.spliterator(), false)
                .filter(n -> value.equals(n.path(field).asText()))
                .toList();
        assertThat(found).as("%s = %s", field, value).hasSize(1);
        return found.get(0);
    }

    /** The text of each element of {@code array}, or of its {@code field} when one is given. */
    private static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> field == null ? n.asText() : n.path(field).asText())
                .toList();
    }

    private static List<String> fieldNamesAnywhere(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                names.add(e.getKey());
                names.addAll(fieldNamesAnywhere(e.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(child -> names.addAll(fieldNamesAnywhere(child)));
        }
        return names;
    }
}
