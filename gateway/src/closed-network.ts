/**
 * Caseworker terminals sit on a closed network, and the product never reaches the internet.
 * `@apollo/gateway` 2.x, left to itself, builds an OpenTelemetry meter provider when it is
 * constructed: its resource detectors ask the AWS, GCP, Azure and Alibaba metadata addresses
 * (169.254.169.254 …) who runs it, and it exports metrics to usage-reporting.api.apollographql.com
 * every hour and on shutdown. Its only switch is this variable, read in the constructor.
 */
export function keepGatewayOffTheInternet(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}
