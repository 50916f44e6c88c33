package dev.strata.graph;

import dev.strata.StrataException;
import java.util.List;

/** {@code head} (or {@code label@head}) was asked for while several heads exist. */
public final class MultipleHeadsException extends StrataException {

    private final List<String> heads;
    private final String argument;

    public MultipleHeadsException(List<String> heads, String argument) {
        super("Multiple head revisions are present for given argument '" + argument + "'; please specify a specific"
                + " target revision, '<branchname>@" + argument + "' to narrow to a specific head, or 'heads' for all"
                + " heads (heads: " + String.join(", ", heads) + ")");
        this.heads = List.copyOf(heads);
        this.argument = argument;
    }

    public List<String> heads() {
        return heads;
    }

    public String argument() {
        return argument;
    }
}
