package org.passerelle.web.security;

import java.time.Duration;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

/**
 * An OIDC client configuration that does not need Keycloak to be up to refuse a bad token.
 *
 * <p>The elytron-oidc-client learns the issuer and the key set's address from the provider's
 * discovery document, fetched at the first request. While Keycloak is down that fetch fails and
 * the issuer stays unknown: every request, even one with a garbage token, then failed with 500
 * ({@code ELY23015: No expected issuer given}). Keycloak's addresses are fixed by its realm URL
 * (the issuer is the realm URL itself, which the server is configured with), so this falls back to
 * them: a bad token is refused with 401, a valid one is checked against the keys already fetched.
 * A visitor of the pages who must sign in while Keycloak does not answer is sent to a page of ours
 * that says so ({@link OidcConfigurationByPath#SIGN_IN_UNAVAILABLE}, 503) rather than to an address the browser cannot
 * reach; once Keycloak answers again, to its sign-in page as usual.
 * Discovery is tried again at most every few seconds (not at every request, each of which would log
 * a warning), and once it succeeds its answer is used, with no restart.
 */
final class KeycloakLayoutConfiguration extends OidcClientConfiguration {

    private static final Duration DISCOVERY_RETRY = Duration.ofSeconds(5);

    private volatile SignInReachability signIn;

    /** When discovery may be tried again, on the monotonic clock (a pace between retries, not a time of day). */
    private volatile long nextDiscoveryNanos = System.nanoTime();

    /** Builds {@code json} into this class rather than the library's own. */
    static OidcClientConfiguration build(OidcJsonConfiguration json) {
        return new Builder().buildFrom(json);
    }

    @Override
    protected void resolveUrls() {
        if (authUrl != null || System.nanoTime() - nextDiscoveryNanos < 0) {
            return;
        }
        super.resolveUrls();
        if (authUrl == null) {
            nextDiscoveryNanos = System.nanoTime() + DISCOVERY_RETRY.toNanos();
        }
    }

    @Override
    public String getIssuerUrl() {
        String discovered = super.getIssuerUrl();
        return discovered != null ? discovered : providerUrl;
    }

    /**
     * The sign-in page a visitor is sent to (the library asks only then): Keycloak's, or ours that
     * says sign-in is unavailable while Keycloak does not answer.
     */
    @Override
    public String getAuthUrl() {
        if (signIn == null) {
            signIn = new SignInReachability(providerUrl);
        }
        if (!signIn.reachable()) {
            return OidcConfigurationByPath.SIGN_IN_UNAVAILABLE;
        }
        String discovered = super.getAuthUrl();
        return discovered != null ? discovered : providerUrl + "/protocol/openid-connect/auth";
    }

    @Override
    public String getJwksUrl() {
        String discovered = super.getJwksUrl();
        return discovered != null ? discovered : providerUrl + "/protocol/openid-connect/certs";
    }

    private static final class Builder extends OidcClientConfigurationBuilder {

        Builder() {
            oidcClientConfiguration = new KeycloakLayoutConfiguration();
        }

        OidcClientConfiguration buildFrom(OidcJsonConfiguration json) {
            return internalBuild(json);
        }
    }
}
