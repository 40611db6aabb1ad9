package fr.portailcep.shared;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.context.MessageSource;

/** The real bundles and templates, without Spring, for unit tests of what writes to people. */
public final class TextesDeTest {

    private TextesDeTest() {
    }

    public static MessageSource messages() {
        try {
            return new TextesConfiguration().messageSource();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Textes textes() {
        return new Textes(messages());
    }

    public static Gabarits gabarits() {
        return new Gabarits(messages());
    }
}
