package dev.strata.graph;

import dev.strata.StrataException;

/** A revision identifier, prefix or branch label that names no revision, or more than one. */
public final class ResolutionException extends StrataException {

    private final String argument;

    public ResolutionException(String message, String argument) {
        super(message);
        this.argument = argument;
    }

    /** The identifier as the user wrote it. */
    public String argument() {
        return argument;
    }
}
