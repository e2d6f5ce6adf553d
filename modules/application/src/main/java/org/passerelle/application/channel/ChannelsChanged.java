package org.passerelle.application.channel;

/** Fired when a partner key changes: once it commits, each node listens again to the right partners. */
public record ChannelsChanged() {}
