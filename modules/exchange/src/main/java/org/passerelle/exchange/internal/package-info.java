/** How the channels are built on Camel and the JDK: pinned TLS, SSH key encodings, the routes. */
package org.passerelle.exchange.internal;
