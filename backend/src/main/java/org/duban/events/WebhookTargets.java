package org.duban.events;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import org.duban.common.InvalidInput;

/**
 * Where webhooks may go: http(s) URLs whose host resolves only to public addresses. Loopback,
 * private, link-local, carrier-grade NAT, multicast and unique-local addresses are refused — a
 * webhook must not become a way into the server's own network — unless the host (or its address)
 * is on the allow-list (DUBAN_WEBHOOKS_ALLOW_PRIVATE_HOSTS). Checked when registered and again at
 * every delivery, so a name that later resolves elsewhere is caught.
 */
public final class WebhookTargets {
    private WebhookTargets() {
    }

    public static URI check(String url, Set<String> allowedPrivate) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidInput("url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidInput("url", "must name a host, without user information or fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new InvalidInput("url", "the host " + host + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && !allowedPrivate.contains(host) && !allowedPrivate.contains(address.getHostAddress())) {
                throw new InvalidInput("url", "the host " + host + " resolves to an internal address (" + address.getHostAddress()
                        + "); only public addresses are allowed");
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xFE) == 0xFC; // fc00::/7 unique local
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 169 && second == 254)
                || (first == 198 && (second == 18 || second == 19));
    }
}
