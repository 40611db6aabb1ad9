package fr.portailcep.shared;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The real bundles, without Spring, for unit tests of what writes to people. */
public final class TextesDeTest {

    private TextesDeTest() {
    }

    public static Textes textes() {
        try {
            return new Textes(new TextesConfiguration().messageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
