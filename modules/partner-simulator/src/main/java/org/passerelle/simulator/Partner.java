package org.passerelle.simulator;

import java.util.Arrays;
import java.util.Optional;

/** The three partner systems the simulator plays, each bound to its channel as in the demo conventions. */
public enum Partner {
    CAF_49("caf-49", Channel.HTTPS),
    CPAM_49("cpam-49", Channel.SFTP),
    DEPT_49("dept-49", Channel.AMQP);

    private final String code;
    private final Channel channel;

    Partner(String code, Channel channel) {
        this.code = code;
        this.channel = channel;
    }

    /** The organisation code, as in the documents' {@code from}/{@code to} and the Keycloak client names. */
    public String code() {
        return code;
    }

    public Channel channel() {
        return channel;
    }

    /** The Keycloak confidential client of this partner's system. */
    public String keycloakClientId() {
        return code + "-system";
    }

    public static Optional<Partner> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
