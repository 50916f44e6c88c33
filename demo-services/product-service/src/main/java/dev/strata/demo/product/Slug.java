package dev.strata.demo.product;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
  * The rule that turns a product name into its slug: accents folded, lower case, anything else between words
  * one dash ({@code "Chaise Écolière, 2e éd."} gives {@code chaise-ecoliere-2e-ed}); a slug already taken gets
  * {@code -2}, {@code -3}, ... The revision that backfilled existing products keeps a frozen copy of this rule
  * ({@code db.revisions.BackfillProductSlugs}): change it here and old products keep the slugs they have.
  */
final class Slug {

    /** Leaves room in varchar(220) for a "-NNN" suffix. */
    private static final int MAX_BASE_LENGTH = 200;

    private Slug() {
    }

    /**
      * Returns the first free slug for a name.
      *
      * @param name the product's name
      * @param taken whether a slug is already used
      * @return the slug
      */
    static String forName(String name, Predicate<String> taken) {
        String base = of(name);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (slug.length() > MAX_BASE_LENGTH) {
            slug = slug.substring(0, MAX_BASE_LENGTH);
        }
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "product" : slug;
    }
}
