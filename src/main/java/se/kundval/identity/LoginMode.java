package se.kundval.identity;

/** How people log in here: the built-in demo accounts, or Keycloak. */
public record LoginMode(boolean demo) {}
