"""Network helpers shared by processors: Java's InetAddresses parsing and CIDR matching."""
