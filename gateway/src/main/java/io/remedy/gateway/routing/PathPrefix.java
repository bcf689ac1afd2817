package io.remedy.gateway.routing;

/** Prefix matching on whole path segments. */
final class PathPrefix {

    private PathPrefix() {
    }

    /** True if {@code path} is {@code prefix} or lies below it ({@code /a/b} matches {@code /a}, {@code /ab} does not). */
    static boolean matches(String prefix, String path) {
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return path.equals(trimmed) || path.startsWith(trimmed + "/");
    }
}
