package org.passerelle.simulator;

/** A partner's inbound endpoint, which {@code "down": true} stops and {@code "down": false} starts again. */
public interface PartnerListener {

    Partner partner();

    void start() throws Exception;

    void stop();

    boolean running();
}
