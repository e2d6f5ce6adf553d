package org.passerelle.exchange.internal;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.passerelle.crypto.openpgp.OpenPgp;
import org.passerelle.crypto.openpgp.OpenPgpException;
import org.passerelle.crypto.openpgp.OpenPgpPublicKey;
import org.passerelle.exchange.ExchangeIdentity;
import org.passerelle.exchange.InboundListener;
import org.passerelle.exchange.InboundRefusedException;
import org.passerelle.exchange.PartnerEndpoint;

/**
 * One consumer route per partner: each file or message is opened (decrypted, its signature checked
 * against the partner's key) and handed to the listener. Refused ones are set aside and consumed;
 * a listener failure leaves them to be tried again.
 */
public final class InboundRoutes {

    /** Where a refused SFTP file goes before the consumer deletes it. */
    public interface SetAside {
        void put(PartnerEndpoint partner, String fileName, byte[] content);
    }

    private InboundRoutes() {}

    static String routeId(String partnerCode) {
        return "inbound-" + partnerCode;
    }

    /** Replaces the partner's route by one consuming {@code from}, or removes it when {@code from} is null. */
    public static void replace(
            CamelContext camel,
            PartnerEndpoint partner,
            String from,
            InboundListener listener,
            ExchangeIdentity identity,
            SetAside setAside) {
        String id = routeId(partner.partnerCode());
        var existing = camel.getRoute(id);
        if (existing != null
                && from != null
                && from.equals(existing.getEndpoint().getEndpointUri())) {
            return;
        }
        remove(camel, partner.partnerCode());
        if (from == null) {
            return;
        }
        OpenPgpPublicKey partnerKey = OpenPgpPublicKey.fromArmored(partner.openPgpPublicKey());
        try {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(from)
                            .routeId(id)
                            .process(exchange -> open(exchange, partner, partnerKey, listener, identity, setAside));
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("The inbound route of " + partner.partnerCode() + " did not start", e);
        }
    }

    public static void remove(CamelContext camel, String partnerCode) {
        String id = routeId(partnerCode);
        if (camel.getRoute(id) == null) {
            return;
        }
        try {
            camel.getRouteController().stopRoute(id);
            camel.removeRoute(id);
        } catch (Exception e) {
            throw new IllegalStateException("The inbound route of " + partnerCode + " did not stop", e);
        }
    }

    private static void open(
            Exchange exchange,
            PartnerEndpoint partner,
            OpenPgpPublicKey partnerKey,
            InboundListener listener,
            ExchangeIdentity identity,
            SetAside setAside) {
        byte[] message = exchange.getIn().getBody(byte[].class);
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        byte[] document;
        try {
            document = OpenPgp.decryptThenVerify(message, identity.openPgp(), partnerKey);
        } catch (OpenPgpException e) {
            setAside(partner, fileName, message, setAside);
            listener.onRefused(partner, e.code());
            return;
        }
        try {
            listener.onStatus(partner, document);
        } catch (InboundRefusedException e) {
            setAside(partner, fileName, message, setAside);
        }
    }

    private static void setAside(PartnerEndpoint partner, String fileName, byte[] message, SetAside setAside) {
        if (fileName != null) {
            setAside.put(partner, fileName, message);
        }
    }
}
