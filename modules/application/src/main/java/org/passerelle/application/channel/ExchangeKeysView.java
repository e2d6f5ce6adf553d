package org.passerelle.application.channel;

/** Passerelle's public exchange keys: the OpenPGP key (armored) and the SSH client key (an OpenSSH line). */
public record ExchangeKeysView(String openpgp, String ssh) {}
