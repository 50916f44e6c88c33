package dev.strata;

/**
 * An applied revision whose content changed after it was applied.
 *
 * @param recorded the SHA-256 recorded when it was applied
 * @param current  the SHA-256 of the file now
 */
public record ChecksumMismatch(String revision, String location, String recorded, String current) {
}
