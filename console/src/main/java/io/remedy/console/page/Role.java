package io.remedy.console.page;

/** The realm roles of DOMAIN.md, as the token names them. */
public enum Role {
    CHAIN_ADMIN("chain-admin"),
    BRANCH_MANAGER("branch-manager"),
    RECEPTIONIST("receptionist"),
    THERAPIST("therapist"),
    CLIENT("client");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The role's name in the token's {@code realm_access.roles}. */
    public String claim() {
        return claim;
    }
}
