package org.thrive.server;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.thrive.json.CaseReader;

/**
 * How the service listens and what it accepts.
 *
 * @param host the address to bind; {@code 127.0.0.1} by default, so the service is reachable only
 *     from this machine until it is deliberately exposed (behind the host's authentication)
 * @param port the port; 0 picks a free one
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param requestsPerSecond requests per second allowed from one client address; more get 429
 * @param cardLifetime how long a CDS Hooks card's advice is kept for its feedback
 * @param allowedHosts host names (without port) a request's {@code Host} header may name besides
 *     {@code 127.0.0.1}, {@code localhost}, {@code [::1]} and {@code host}; anything else is refused,
 *     so a page elsewhere cannot reach the service by rebinding a name to this machine
 */
public record ServerConfig(String host, int port, long maxRequestBytes, double requestsPerSecond,
    Duration cardLifetime, java.util.Set<String> allowedHosts) {
  /** The default address: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default request limit: the case reader's own file limit. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = CaseReader.MAX_FILE_BYTES;
  /** The default rate per client address. */
  public static final double DEFAULT_REQUESTS_PER_SECOND = 20;

  public ServerConfig {
    checkNotNull(host, "host");
    checkArgument(port >= 0 && port <= 65_535, "port must be 0 to 65535");
    checkArgument(maxRequestBytes >= 1_024, "maxRequestBytes must be at least 1024");
    checkArgument(requestsPerSecond > 0, "requestsPerSecond must be positive");
    checkArgument(!cardLifetime.isNegative() && !cardLifetime.isZero(), "cardLifetime must be positive");
    allowedHosts = java.util.Set.copyOf(allowedHosts);
  }

  /** The defaults: localhost, port 8080, 1 MiB requests, 20 requests a second per client, cards kept 24 hours. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_REQUESTS_PER_SECOND,
        Duration.ofHours(24), java.util.Set.of());
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, maxRequestBytes, requestsPerSecond, cardLifetime, allowedHosts);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, maxRequestBytes, requestsPerSecond, cardLifetime, allowedHosts);
  }

  public ServerConfig withMaxRequestBytes(long m) {
    return new ServerConfig(host, port, m, requestsPerSecond, cardLifetime, allowedHosts);
  }

  public ServerConfig withRequestsPerSecond(double r) {
    return new ServerConfig(host, port, maxRequestBytes, r, cardLifetime, allowedHosts);
  }

  public ServerConfig withAllowedHosts(java.util.Set<String> hosts) {
    return new ServerConfig(host, port, maxRequestBytes, requestsPerSecond, cardLifetime, hosts);
  }

  public ServerConfig withCardLifetime(Duration d) {
    return new ServerConfig(host, port, maxRequestBytes, requestsPerSecond, d, allowedHosts);
  }
}
