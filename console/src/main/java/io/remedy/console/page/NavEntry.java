package io.remedy.console.page;

/**
 * One link of the main navigation.
 *
 * @param path  where it leads
 * @param label what it says, already in the viewer's language
 * @param order its place: lower comes first (home 0, diary 10, clients 20, ... clinical 40-59, admin 60-79)
 */
public record NavEntry(String path, String label, int order) {
}
